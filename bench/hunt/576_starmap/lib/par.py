import multiprocessing as mp


def pstarmap(fn, arg_tuples, processes=2):
    with mp.Pool(processes=processes) as pool:
        return pool.starmap(fn, arg_tuples)
