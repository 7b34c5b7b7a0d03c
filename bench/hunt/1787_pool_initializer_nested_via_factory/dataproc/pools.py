from multiprocessing import Pool


def make_pool(init_fn, init_args=(), processes=2):
    return Pool(processes, initializer=init_fn, initargs=init_args)
