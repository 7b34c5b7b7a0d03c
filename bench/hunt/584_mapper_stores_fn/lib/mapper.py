from multiprocessing import Pool


class ParallelMapper:
    def __init__(self, fn, n=2):
        self.fn = fn
        self.n = n

    def __call__(self, xs):
        with Pool(self.n) as p:
            return p.map(self.fn, xs)
