from concurrent.futures import ProcessPoolExecutor

class ProcessExecutor:
    def __init__(self, workers=2):
        self.executor = ProcessPoolExecutor(max_workers=workers)

    def submit(self, fn, task):
        return self.executor.submit(fn, *task)

    def shutdown(self):
        self.executor.shutdown()
