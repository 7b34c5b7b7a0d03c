import multiprocessing


class WorkerGroup:
    def __init__(self, size):
        self.size = size

    def dispatch(self, fn, items):
        with multiprocessing.Pool(self.size) as pool:
            return sorted(pool.map(fn, items))
