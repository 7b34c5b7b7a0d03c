import multiprocessing as mp


def fanout(fn, xs):
    q = mp.Queue()
    procs = [mp.Process(target=fn, args=(q, x)) for x in xs]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return sorted(q.get() for _ in procs if not q.empty())
