from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class ProcRunner:
    def run(self, fn, xs):
        with ProcessPoolExecutor(2) as ex:
            return sorted(ex.map(fn, xs))


class ThreadRunner:
    def run(self, fn, xs):
        with ThreadPoolExecutor(2) as ex:
            return sorted(ex.map(fn, xs))
