from multiprocessing import Pool

from .threaded import ThreadRunner


class HybridRunner(ThreadRunner):
    def _make_pool(self):
        return Pool(2)
