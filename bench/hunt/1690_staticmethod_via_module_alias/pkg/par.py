from concurrent.futures import ProcessPoolExecutor


class Parallel:
    workers = 2

    @staticmethod
    def map(fn, xs):
        with ProcessPoolExecutor(Parallel.workers) as ex:
            return list(ex.map(fn, xs))
