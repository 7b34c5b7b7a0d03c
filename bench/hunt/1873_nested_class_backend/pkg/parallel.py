from concurrent.futures import ProcessPoolExecutor


class Parallel:
    class ProcessBackend:
        def __init__(self, n=2):
            self.n = n

        def map(self, fn, items):
            with ProcessPoolExecutor(self.n) as ex:
                return list(ex.map(fn, items))

    class SerialBackend:
        def map(self, fn, items):
            return [fn(x) for x in items]

    def __init__(self, backend="process"):
        self.backend = self.ProcessBackend() if backend == "process" else self.SerialBackend()
