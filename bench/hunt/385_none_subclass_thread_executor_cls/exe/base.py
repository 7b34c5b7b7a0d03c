from concurrent.futures import ProcessPoolExecutor


class Executor:
    executor_cls = ProcessPoolExecutor

    def run(self, fn, items):
        with self.executor_cls(2) as ex:
            return sorted(ex.map(fn, items))
