from multiprocessing import Pool


def _apply(task):
    fn, x = task
    return fn(x)


def apply_each(fn, xs):
    with Pool(2) as pool:
        return sorted(pool.map(_apply, [(fn, x) for x in xs]))
