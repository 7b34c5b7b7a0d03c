from concurrent.futures import ProcessPoolExecutor


class BaseJobs:
    def _make_executor(self):
        return ProcessPoolExecutor(max_workers=2)

    def run_all(self, fn, xs):
        with self._make_executor() as ex:
            return sorted(ex.map(fn, xs))
