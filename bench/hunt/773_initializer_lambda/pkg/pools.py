import multiprocessing


def make_pool(init, initargs=(), n=2):
    return multiprocessing.Pool(n, initializer=init, initargs=initargs)
