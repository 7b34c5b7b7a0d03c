from concurrent.futures import ProcessPoolExecutor

class LocalExecutor:
    def __init__(self, max_workers=2):
        self.pool = ProcessPoolExecutor(max_workers=max_workers)
        self.futures = []

    def submit(self, func, callback, *args, **kwargs):
        future = self.pool.submit(func, *args, **kwargs)
        future.add_done_callback(callback)
        self.futures.append(future)
        return future

    def close(self):
        self.pool.shutdown(wait=True)
