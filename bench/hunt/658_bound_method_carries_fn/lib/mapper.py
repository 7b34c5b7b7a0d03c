from multiprocessing import Pool


class Mapper:
    def __init__(self, fn, n=2):
        self.fn = fn
        self.n = n

    def _run_one(self, x):
        return ("ok", self.fn(x))

    def run(self, xs):
        with Pool(self.n) as pool:
            return pool.map(self._run_one, xs)
