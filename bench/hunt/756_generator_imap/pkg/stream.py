from multiprocessing import Pool


def iter_results(fn, xs, processes=2):
    with Pool(processes) as pool:
        yield from pool.imap_unordered(fn, xs)
