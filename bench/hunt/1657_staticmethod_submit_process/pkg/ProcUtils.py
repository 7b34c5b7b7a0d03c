from concurrent.futures import ProcessPoolExecutor

_executor = None

class ProcUtils(object):
    @staticmethod
    def submit(fn, /, *args, **kvargs):
        global _executor
        if _executor is None:
            _executor = ProcessPoolExecutor(max_workers=2)
        return _executor.submit(fn, *args, **kvargs)
