import multiprocessing as mp


def _call(fn, q, i):
    q.put((i, fn()))


def run_all(fns):
    q = mp.Queue()
    ps = [mp.Process(target=_call, args=(fn, q, i)) for i, fn in enumerate(fns)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    res = dict(q.get() for _ in ps)
    return [res[i] for i in range(len(ps))]
