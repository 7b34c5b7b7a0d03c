from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    executor_cls = ThreadPoolExecutor
    workers = 2

    def map(self, fn, items):
        with self.executor_cls(self.workers) as ex:
            return list(ex.map(fn, items))


class ProcessRunner(Runner):
    executor_cls = ProcessPoolExecutor
