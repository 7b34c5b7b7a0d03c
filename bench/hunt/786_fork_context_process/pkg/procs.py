import multiprocessing

_CTX = multiprocessing.get_context("fork")


def run_forked(fn):
    q = _CTX.Queue()
    p = _CTX.Process(target=fn, args=(q,))
    p.start()
    res = q.get()
    p.join()
    return res
