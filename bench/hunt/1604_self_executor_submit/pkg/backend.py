from concurrent.futures import ProcessPoolExecutor

class ProcessExecutor:
    def __init__(self, workers=2):
        self.workers = workers
        self.executor = ProcessPoolExecutor(max_workers=self.workers)

    def submit(self, fn, *args, **kwargs):
        return self.executor.submit(fn, *args, **kwargs)

    def shutdown(self, wait=True):
        self.executor.shutdown(wait)
