import multiprocessing as mp


def _target(q, fn):
    q.put(fn())


def call_in_subprocess(fn):
    q = mp.Queue()
    p = mp.Process(target=_target, args=(q, fn))
    p.start()
    p.join()
    if p.exitcode:
        return None
    return q.get()
