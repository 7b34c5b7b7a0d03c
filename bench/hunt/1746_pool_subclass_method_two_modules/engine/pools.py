from multiprocessing.pool import Pool


class ChunkedPool(Pool):
    def pmap(self, fn, items):
        return self.map(fn, items, chunksize=2)
