from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self, use_processes=True, workers=2):
        self.use_processes = use_processes
        self.workers = workers

    def map(self, fn, items, on_result=None):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        out = []
        with cls(self.workers) as ex:
            for result in ex.map(fn, items):
                if on_result is not None:
                    on_result(result)
                out.append(result)
        return out
