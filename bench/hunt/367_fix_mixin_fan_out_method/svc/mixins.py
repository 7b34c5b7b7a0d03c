import multiprocessing


def _run_one(fn, item, out):
    out.put((item, fn(item)))


class FanOutMixin:
    def fan_out(self, fn, items):
        out = multiprocessing.Queue()
        procs = [
            multiprocessing.Process(target=_run_one, args=(fn, item, out))
            for item in items
        ]
        for proc in procs:
            proc.start()
        results = [out.get(timeout=10) for _ in procs]
        for proc in procs:
            proc.join()
        return sorted(results)


class Named:
    def __init__(self, name):
        self.name = name
