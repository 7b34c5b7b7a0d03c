from concurrent.futures import ProcessPoolExecutor


class ParallelMap:
    def __init__(self, workers):
        self.workers = workers

    def __call__(self, fn, xs):
        with ProcessPoolExecutor(self.workers) as ex:
            return list(ex.map(fn, xs))


pmap = ParallelMap(2)
