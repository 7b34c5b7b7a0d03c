from multiprocessing.dummy import Pool as ThreadPool


def run_concurrently(fn, args):
    with ThreadPool(2) as pool:
        return pool.map(fn, args)
