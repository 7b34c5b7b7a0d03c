from multiprocessing import Pool


class Runner:
    def __init__(self, n):
        self.n = n

    def map(self, fn, xs):
        with Pool(self.n) as p:
            return p.map(fn, xs)


def get_runner(n: int = 2) -> "Runner":
    return Runner(n)
