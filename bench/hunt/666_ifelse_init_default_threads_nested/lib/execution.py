from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self, processes=False, max_workers=2):
        if processes:
            self._executor_cls = ProcessPoolExecutor
        else:
            self._executor_cls = ThreadPoolExecutor
        self._max_workers = max_workers

    def run_all(self, fn, items):
        with self._executor_cls(max_workers=self._max_workers) as pool:
            futures = [pool.submit(fn, item) for item in items]
            return [f.result() for f in futures]
