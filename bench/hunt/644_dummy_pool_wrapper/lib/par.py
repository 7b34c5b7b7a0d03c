from multiprocessing.dummy import Pool


def tmap(fn, xs, n=2):
    with Pool(n) as p:
        return p.map(fn, xs)
