from multiprocessing import Pool

def pmap(func, Iter, processes=2):
    with Pool(processes=processes) as P:
        return P.map(func, Iter)
