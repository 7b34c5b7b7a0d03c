from multiprocessing import Pool

def parmap(func, data, chunksize=2, processes=2):
    with Pool(processes) as p:
        it = p.imap(func, data, chunksize=chunksize)
        return list(it)
