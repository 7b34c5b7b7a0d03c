from concurrent.futures import ProcessPoolExecutor


class BaseJobs:
    executor_class = ProcessPoolExecutor
    workers = 2

    def run_all(self, fn, xs):
        with self.executor_class(max_workers=self.workers) as ex:
            return sorted(ex.map(fn, xs))
