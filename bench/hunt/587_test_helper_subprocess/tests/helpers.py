import multiprocessing as mp


def _target(q, fn, args):
    q.put(fn(*args))


def run_in_subprocess(fn, *args, timeout=10):
    q = mp.Queue()
    p = mp.Process(target=_target, args=(q, fn, args))
    p.start()
    res = q.get(timeout=timeout)
    p.join()
    return res
