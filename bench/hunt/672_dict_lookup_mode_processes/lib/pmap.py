from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

_EXECUTORS = {
    "processes": ProcessPoolExecutor,
    "threads": ThreadPoolExecutor,
}


class ParallelMap:
    def __init__(self, mode="threads", workers=2):
        self._executor_cls = _EXECUTORS[mode]
        self._workers = workers

    def map(self, fn, items):
        with self._executor_cls(self._workers) as ex:
            return list(ex.map(fn, items))
