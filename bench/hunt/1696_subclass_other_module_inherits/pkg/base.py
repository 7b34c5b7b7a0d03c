from concurrent.futures import ProcessPoolExecutor


class Base:
    workers = 2

    def parallel(self, fn, xs):
        with ProcessPoolExecutor(self.workers) as ex:
            return list(ex.map(fn, xs))
