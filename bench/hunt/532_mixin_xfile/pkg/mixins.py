from multiprocessing import Pool


class ProcessPoolMixin:
    processes = 2

    def _make_pool(self):
        return Pool(self.processes)
