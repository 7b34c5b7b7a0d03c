import multiprocessing


def _call(fn, item, out):
    out.put((item, fn(item)))


def spawn_each(fn, items):
    out = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=_call, args=(fn, i, out)) for i in items]
    for proc in procs:
        proc.start()
    results = [out.get(timeout=10) for _ in procs]
    for proc in procs:
        proc.join()
    return sorted(results)
