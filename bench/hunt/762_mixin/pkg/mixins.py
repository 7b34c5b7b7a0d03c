from concurrent.futures import ProcessPoolExecutor


class ParallelMixin:
    max_workers = 2

    def pmap(self, fn, xs):
        with ProcessPoolExecutor(max_workers=self.max_workers) as ex:
            return list(ex.map(fn, xs))
