from multiprocessing import Pool


def pmap_sorted(fn, xs, key=None, n=2):
    with Pool(n) as p:
        res = p.map(fn, xs)
    return sorted(res, key=key)
