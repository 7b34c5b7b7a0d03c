from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self, processes=True, initializer=None, initargs=()):
        self.processes = processes
        self.initializer = initializer
        self.initargs = initargs

    def map(self, fn, items):
        cls = ProcessPoolExecutor if self.processes else ThreadPoolExecutor
        with cls(2, initializer=self.initializer, initargs=self.initargs) as ex:
            return list(ex.map(fn, items))
