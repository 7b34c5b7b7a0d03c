import multiprocessing as mp

def pmap(function, items, chunksize=None):
    cpu_count = 2
    if chunksize is None:
        chunksize = len(items) // (cpu_count * 5)
    chunksize = max(1, chunksize)
    with mp.Pool(cpu_count) as p:
        mapper = p.imap(function, items, chunksize=chunksize)
        return list(mapper)
