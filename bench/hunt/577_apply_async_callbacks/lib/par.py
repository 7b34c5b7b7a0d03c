from multiprocessing import Pool


def run_async(fn, items, on_done, on_error=print):
    pool = Pool(2)
    for it in items:
        pool.apply_async(fn, (it,), callback=on_done, error_callback=on_error)
    pool.close()
    pool.join()
