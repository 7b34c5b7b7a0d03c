from concurrent.futures import ProcessPoolExecutor


class ProcessRuntime:
    def __init__(self, workers):
        self.workers = workers

    def submit_many(self, fn, xs):
        with ProcessPoolExecutor(self.workers) as ex:
            return sorted(f.result() for f in [ex.submit(fn, x) for x in xs])


default = ProcessRuntime(2)
