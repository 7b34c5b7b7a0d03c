from multiprocessing import Pool


def pmap(fn, xs, processes=2):
    with Pool(processes) as p:
        return p.map(fn, xs)
