import multiprocessing


def _call(fn, item, out):
    out.put((item, fn(item)))


class BaseRunner:
    """Runs a callable over items, one child process per item."""

    def run_each(self, fn, items):
        out = multiprocessing.Queue()
        procs = []
        for item in items:
            proc = multiprocessing.Process(target=_call, args=(fn, item, out))
            proc.start()
            procs.append(proc)
        results = [out.get(timeout=10) for _ in procs]
        for proc in procs:
            proc.join()
        return sorted(results)
