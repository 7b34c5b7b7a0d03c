from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

class Pipeline:
    def __init__(self, pool_cls=ThreadPoolExecutor):
        self.pool_cls = pool_cls

    def apply(self, fn, xs):
        with self.pool_cls(max_workers=2) as pool:
            return list(pool.map(fn, xs))


class ProcPipeline(Pipeline):
    def __init__(self):
        super().__init__(ProcessPoolExecutor)


class SlowPipeline(ProcPipeline):
    pass


class SafePipeline(ProcPipeline):
    def __init__(self):
        super(ProcPipeline, self).__init__()
