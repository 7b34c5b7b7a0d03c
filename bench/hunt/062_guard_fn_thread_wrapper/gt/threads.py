from multiprocessing.pool import ThreadPool


def run_threads(fn, items, n=3):
    with ThreadPool(n) as pool:
        return pool.map(fn, items)
