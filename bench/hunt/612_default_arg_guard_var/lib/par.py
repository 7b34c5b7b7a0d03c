from multiprocessing import Pool


def pmap(fn, xs, n=2):
    with Pool(n) as p:
        return p.map(fn, xs)
