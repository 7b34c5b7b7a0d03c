from multiprocessing import Pool


class Runner:
    def __init__(self, n=2):
        self.n = n

    def map(self, fn, xs):
        with Pool(self.n) as p:
            return p.map(fn, xs)


default_runner = Runner()
