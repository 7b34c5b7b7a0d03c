from multiprocessing import Pool


def _call(func, args):
    if isinstance(args, dict):
        return func(**args)
    if isinstance(args, tuple):
        return func(*args)
    return func(args)


class WorkerPool:
    def __init__(self, n_jobs=2):
        self.n_jobs = n_jobs
        self._pool = None

    def __enter__(self):
        self._pool = Pool(self.n_jobs)
        return self

    def __exit__(self, *exc):
        self._pool.terminate()
        self._pool.join()

    def map(self, func, iterable_of_args, chunk_size=1):
        tasks = [(func, args) for args in iterable_of_args]
        return self._pool.starmap(_call, tasks, chunk_size)
