from multiprocessing import Pool


def work(x):
    return -x


def pmap(fn, xs):
    with Pool(2) as p:
        return p.map(fn, xs)
