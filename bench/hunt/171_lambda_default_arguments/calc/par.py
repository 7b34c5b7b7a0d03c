import multiprocessing


def _call(fn, index, item, out):
    out.put((index, fn(item)))


def pmap(fn, items):
    out = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=_call, args=(fn, i, item, out))
        for i, item in enumerate(items)
    ]
    for proc in procs:
        proc.start()
    results = dict(out.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    return [results[i] for i in range(len(items))]
