import multiprocessing


class WorkerPool:
    def __init__(self, pool):
        self._pool = pool

    @classmethod
    def with_setup(cls, setup, *setup_args, processes=2):
        return cls(multiprocessing.Pool(processes, initializer=setup, initargs=setup_args))

    def map(self, fn, items):
        return self._pool.map(fn, items)

    def close(self):
        self._pool.close()
        self._pool.join()
