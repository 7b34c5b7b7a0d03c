from multiprocessing import Pool


def pmap(fn, xs, keep=None):
    with Pool(2) as p:
        rs = p.map(fn, xs)
    if keep is not None:
        rs = [r for r in rs if keep(r)]
    return rs
