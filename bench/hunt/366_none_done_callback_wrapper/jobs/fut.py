from concurrent.futures import ProcessPoolExecutor


def run_with_callback(fn, items, done, workers=2):
    with ProcessPoolExecutor(max_workers=workers) as ex:
        for item in items:
            ex.submit(fn, item).add_done_callback(done)
