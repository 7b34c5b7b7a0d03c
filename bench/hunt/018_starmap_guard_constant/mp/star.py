import multiprocessing


def pstarmap(fn, arg_tuples, processes=2, chunksize=None):
    with multiprocessing.Pool(processes) as pool:
        return pool.starmap(fn, arg_tuples, chunksize)
