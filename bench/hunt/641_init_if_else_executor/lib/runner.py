from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self, use_processes=False, workers=2):
        if use_processes:
            self._ex = ProcessPoolExecutor(workers)
        else:
            self._ex = ThreadPoolExecutor(workers)

    def map(self, fn, items):
        try:
            return list(self._ex.map(fn, items))
        finally:
            self._ex.shutdown()
