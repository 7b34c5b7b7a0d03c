from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class ProcessRunner:
    def map(self, fn, items):
        with ProcessPoolExecutor(2) as ex:
            return list(ex.map(fn, items))


class ThreadRunner:
    def map(self, fn, items):
        with ThreadPoolExecutor(2) as ex:
            return list(ex.map(fn, items))
