from multiprocessing import Pool
from lib.par import pmap_on


class Engine:
    def __init__(self, scale):
        self.scale = scale
        self.pool = Pool(2)

    def transform(self, x):
        return x * self.scale

    def run(self, xs):
        def step(x):
            return self.transform(x) + 1
        return pmap_on(self.pool, step, xs)

    def close(self):
        self.pool.close()
        self.pool.join()
