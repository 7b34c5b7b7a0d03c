from concurrent.futures import ProcessPoolExecutor


class Parallel:
    """n_jobs=1 runs in the calling process, more uses worker processes."""

    def __init__(self, n_jobs=1):
        self.n_jobs = n_jobs

    def map(self, fn, items):
        if self.n_jobs == 1:
            return [fn(x) for x in items]
        with ProcessPoolExecutor(max_workers=self.n_jobs) as ex:
            return list(ex.map(fn, items))
