from multiprocessing import Pool


class BaseWorker:
    def handle(self, item):
        raise NotImplementedError

    def run(self, items):
        with Pool(2) as pool:
            return pool.map(self.handle, items)
