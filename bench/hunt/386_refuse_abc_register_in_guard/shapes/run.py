import multiprocessing


def _one(fn, obj, out):
    out.put(fn(obj))


def run_each(fn, objs):
    out = multiprocessing.Queue()
    results = []
    for obj in objs:
        proc = multiprocessing.Process(target=_one, args=(fn, obj, out))
        proc.start()
        results.append(out.get(timeout=10))
        proc.join()
    return results
