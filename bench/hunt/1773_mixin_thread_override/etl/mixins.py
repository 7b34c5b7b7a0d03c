from concurrent.futures import ProcessPoolExecutor


class ParallelMixin:
    executor_cls = ProcessPoolExecutor
    workers = 2

    def pmap(self, fn, items):
        with self.executor_cls(max_workers=self.workers) as ex:
            return list(ex.map(fn, items))
