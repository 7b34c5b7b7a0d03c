import multiprocessing as mp

_CTX = mp.get_context("fork")


def start_forked(fn):
    p = _CTX.Process(target=fn)
    p.start()
    return p
