from multiprocessing import Pool


def execute(fn, xs):
    with Pool(2) as pool:
        return list(pool.imap(fn, xs))
