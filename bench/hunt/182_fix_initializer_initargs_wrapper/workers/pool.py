import multiprocessing


def make_pool(size, init=None, initargs=()):
    return multiprocessing.Pool(size, initializer=init, initargs=initargs)
