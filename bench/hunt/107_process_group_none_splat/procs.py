import multiprocessing


def start(*a, **kw):
    p = multiprocessing.Process(None, *a, **kw)
    p.start()
    return p
