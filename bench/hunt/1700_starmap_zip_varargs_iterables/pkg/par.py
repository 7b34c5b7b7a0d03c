from multiprocessing import Pool


def pstarmap(fn, *iterables):
    with Pool(2) as p:
        return p.starmap(fn, zip(*iterables))
