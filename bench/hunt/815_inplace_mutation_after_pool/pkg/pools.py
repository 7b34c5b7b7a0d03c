from multiprocessing import Pool


def open_pool(n=2):
    return Pool(n)
