from concurrent.futures import ProcessPoolExecutor


def submit_all(fn, items, *args, **kwargs):
    with ProcessPoolExecutor(2) as ex:
        futs = [ex.submit(fn, it, *args, **kwargs) for it in items]
        return [f.result() for f in futs]
