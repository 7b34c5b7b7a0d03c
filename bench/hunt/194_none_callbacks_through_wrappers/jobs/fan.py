import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def fan_out(fn, items, on_done, on_error):
    with multiprocessing.Pool(2) as pool:
        for item in items:
            pool.apply_async(fn, (item,), callback=on_done, error_callback=on_error)
        pool.close()
        pool.join()


def submit_with_callback(fn, items, done):
    with ProcessPoolExecutor(max_workers=2) as ex:
        for item in items:
            ex.submit(fn, item).add_done_callback(done)
