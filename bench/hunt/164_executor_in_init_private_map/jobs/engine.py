from concurrent.futures import ProcessPoolExecutor


class Engine:
    def __init__(self, workers=2):
        self._executor = ProcessPoolExecutor(max_workers=workers)

    def _map(self, fn, items):
        return list(self._executor.map(fn, items))

    def transform(self, fn, items):
        cleaned = [item for item in items if item is not None]
        return self._map(fn, cleaned)

    def close(self):
        self._executor.shutdown()
