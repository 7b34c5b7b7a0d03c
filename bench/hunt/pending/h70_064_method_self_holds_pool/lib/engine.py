from multiprocessing import Pool
from lib.par import pmap_on


class Engine:
    def __init__(self, scale):
        self.scale = scale
        self.pool = Pool(2)

    def run(self, xs):
        def step(x):
            return x * self.scale
        return pmap_on(self.pool, step, xs)

    def close(self):
        self.pool.close()
        self.pool.join()
