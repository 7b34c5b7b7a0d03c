from concurrent.futures import ThreadPoolExecutor


class BaseJobs:
    def _make_executor(self):
        return ThreadPoolExecutor(max_workers=2)

    def run_all(self, fn, xs):
        with self._make_executor() as ex:
            return sorted(ex.map(fn, xs))
