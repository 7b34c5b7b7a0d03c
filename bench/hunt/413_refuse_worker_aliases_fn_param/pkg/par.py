import functools
import multiprocessing as mp


def _call(fn, i, item, out):
    call = fn
    out.put((i, call(item, i)))


def pmap(fn, items):
    out = mp.Queue()
    procs = [mp.Process(target=_call, args=(fn, i, x, out)) for i, x in enumerate(items)]
    for p in procs:
        p.start()
    res = dict(out.get(timeout=10) for _ in procs)
    for p in procs:
        p.join()
    return [res[i] for i in range(len(items))]
