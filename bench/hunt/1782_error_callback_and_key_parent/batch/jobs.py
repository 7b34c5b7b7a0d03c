from multiprocessing import Pool


def run_jobs(fn, items, on_result, key):
    with Pool(2) as pool:
        rs = [pool.apply_async(fn, (x,), callback=on_result) for x in items]
        vals = [r.get(10) for r in rs]
    return sorted(vals, key=key)
