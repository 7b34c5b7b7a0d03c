from concurrent.futures import ProcessPoolExecutor


class Engine:
    _pool = None

    @classmethod
    def _get(cls):
        if cls._pool is None:
            cls._pool = ProcessPoolExecutor(max_workers=2)
        return cls._pool

    @classmethod
    def map(cls, fn, items):
        return list(cls._get().map(fn, items))

    @classmethod
    def shutdown(cls):
        if cls._pool is not None:
            cls._pool.shutdown()
