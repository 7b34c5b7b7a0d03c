from multiprocessing.pool import ThreadPool


def io_pool(n=4):
    return ThreadPool(n)
