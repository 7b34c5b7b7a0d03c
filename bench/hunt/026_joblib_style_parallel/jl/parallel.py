from concurrent.futures import ProcessPoolExecutor


def delayed(function):
    def delayed_function(*args, **kwargs):
        return function, args, kwargs

    return delayed_function


class Parallel:
    def __init__(self, n_jobs=2):
        self.n_jobs = n_jobs

    def __call__(self, iterable):
        tasks = list(iterable)
        if self.n_jobs == 1:
            return [f(*a, **k) for f, a, k in tasks]
        with ProcessPoolExecutor(max_workers=self.n_jobs) as ex:
            futures = [ex.submit(f, *a, **k) for f, a, k in tasks]
            return [fut.result() for fut in futures]
