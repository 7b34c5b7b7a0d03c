from concurrent.futures import ProcessPoolExecutor


class Runner:
    executor_class = ProcessPoolExecutor
    workers = 2

    def run(self, fn, xs, chunksize=1):
        with self.executor_class(max_workers=self.workers) as ex:
            return list(ex.map(fn, xs, chunksize=chunksize))
