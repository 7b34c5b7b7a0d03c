from concurrent.futures import ProcessPoolExecutor


class Service:
    def __init__(self, workers=1):
        self._ex = ProcessPoolExecutor(max_workers=workers)

    def run(self, fn, *args):
        return self._ex.submit(fn, *args).result()

    def close(self):
        self._ex.shutdown()
