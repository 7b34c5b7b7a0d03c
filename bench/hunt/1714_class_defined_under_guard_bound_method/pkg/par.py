from multiprocessing import Pool


def pmap(fn, xs):
    with Pool(2) as p:
        return p.map(fn, xs)
