from concurrent.futures import ThreadPoolExecutor


class Fetcher:
    def __init__(self, workers=4):
        self._pool = ThreadPoolExecutor(max_workers=workers)

    def fetch_all(self, parse, urls):
        return list(self._pool.map(parse, urls))

    def close(self):
        self._pool.shutdown()
