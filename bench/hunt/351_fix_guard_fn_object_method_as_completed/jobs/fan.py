from concurrent.futures import ProcessPoolExecutor, as_completed


def fan_out(fn, items, workers=2):
    with ProcessPoolExecutor(max_workers=workers) as ex:
        futures = [ex.submit(fn, item) for item in items]
        for fut in as_completed(futures):
            yield fut.result()
