from concurrent.futures import ProcessPoolExecutor


def submit_all(fn, xs):
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(fn, x) for x in xs]
        return [f.result() for f in futs]
