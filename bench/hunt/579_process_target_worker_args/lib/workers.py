import multiprocessing as mp


def _worker(fn, i, q):
    q.put((i, fn(i)))


def spawn_workers(fn, n):
    q = mp.Queue()
    procs = [mp.Process(target=_worker, args=(fn, i, q)) for i in range(n)]
    for p in procs:
        p.start()
    out = sorted(q.get() for _ in range(n))
    for p in procs:
        p.join()
    return out
