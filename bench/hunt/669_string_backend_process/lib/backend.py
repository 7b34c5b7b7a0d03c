from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Backend:
    def __init__(self, backend="serial", n_workers=2):
        if backend not in ("process", "thread", "serial"):
            raise ValueError(backend)
        self.backend = backend
        self.n_workers = n_workers

    def map(self, fn, items):
        if self.backend == "process":
            pool = ProcessPoolExecutor(self.n_workers)
        elif self.backend == "thread":
            pool = ThreadPoolExecutor(self.n_workers)
        else:
            return [fn(item) for item in items]
        with pool:
            return list(pool.map(fn, items))
