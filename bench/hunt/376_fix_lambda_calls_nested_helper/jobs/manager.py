import multiprocessing


def _job(fn, arg, results):
    results.put((arg, fn(arg)))


class JobManager:
    def __init__(self):
        self._results = multiprocessing.Queue()
        self._procs = []

    def _spawn(self, fn, arg):
        proc = multiprocessing.Process(target=_job, args=(fn, arg, self._results))
        proc.start()
        self._procs.append(proc)

    def run_all(self, fn, args):
        for arg in args:
            self._spawn(fn, arg)
        out = [self._results.get(timeout=10) for _ in args]
        for proc in self._procs:
            proc.join()
        self._procs.clear()
        return sorted(out)
