import multiprocessing as mp


def _runner(fn, q, args):
    q.put(fn(*args))


def run_isolated(fn, *args):
    q = mp.Queue()
    p = mp.Process(target=_runner, args=(fn, q, args))
    p.start()
    res = q.get()
    p.join()
    return res
