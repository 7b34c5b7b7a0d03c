import multiprocessing


def _call(fn, index, item, out):
    if fn.__code__.co_argcount == 2:
        out.put((index, fn(index, item)))
    else:
        out.put((index, fn(item)))


def map_indexed(fn, items):
    out = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=_call, args=(fn, i, item, out))
        for i, item in enumerate(items)
    ]
    for proc in procs:
        proc.start()
    pairs = sorted(out.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    return [value for _, value in pairs]
