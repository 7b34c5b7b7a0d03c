from concurrent.futures import ProcessPoolExecutor


def delayed(fn):
    def capture(*args, **kwargs):
        return fn, args, kwargs
    return capture


class Parallel:
    def __init__(self, n_jobs=1):
        self.n_jobs = n_jobs

    def __call__(self, tasks):
        with ProcessPoolExecutor(self.n_jobs) as ex:
            futs = [ex.submit(fn, *a, **kw) for fn, a, kw in tasks]
            return [f.result() for f in futs]
