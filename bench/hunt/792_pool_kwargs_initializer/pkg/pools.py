import multiprocessing


def make_pool(processes, **pool_kwargs):
    return multiprocessing.Pool(processes, **pool_kwargs)
