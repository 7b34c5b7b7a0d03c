from multiprocessing import Pool


def run_with_callback(fn, xs, on_result):
    with Pool(2) as pool:
        rs = [pool.apply_async(fn, (x,), callback=on_result) for x in xs]
        for r in rs:
            r.wait()
