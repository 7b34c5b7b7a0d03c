from multiprocessing import Pool


def call_with_timeout(fn, *args, timeout=10):
    with Pool(1) as pool:
        return pool.apply_async(fn, args).get(timeout)
