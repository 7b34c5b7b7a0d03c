from multiprocessing import Pool


def make_pool(n, init=None, initargs=()):
    return Pool(n, initializer=init, initargs=initargs)
