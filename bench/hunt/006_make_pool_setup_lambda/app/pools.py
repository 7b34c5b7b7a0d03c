from multiprocessing import Pool


def make_pool(processes=2, setup=None, setup_args=()):
    """A pool whose workers run ``setup(*setup_args)`` once when they start."""
    return Pool(processes, initializer=setup, initargs=setup_args)
