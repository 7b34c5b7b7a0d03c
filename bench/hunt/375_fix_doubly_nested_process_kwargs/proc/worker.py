import multiprocessing


def _worker(*, fn, items, out):
    out.put([fn(item) for item in items])


def run_kw(fn, items):
    out = multiprocessing.Queue()
    proc = multiprocessing.Process(
        target=_worker, kwargs={"fn": fn, "items": items, "out": out}
    )
    proc.start()
    result = out.get(timeout=10)
    proc.join()
    return result
