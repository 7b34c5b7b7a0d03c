import multiprocessing


def make_pool(workers, initializer=None, initargs=()):
    return multiprocessing.Pool(workers, initializer=initializer, initargs=initargs)
