import multiprocessing as mp


def submit_many(fn, argsets):
    with mp.Pool(2) as pool:
        handles = [pool.apply_async(fn, args) for args in argsets]
        return [h.get(timeout=10) for h in handles]
