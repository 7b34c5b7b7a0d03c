from concurrent.futures import ProcessPoolExecutor, as_completed


def iter_results(fn, items):
    with ProcessPoolExecutor(2) as ex:
        futs = {ex.submit(fn, x): x for x in items}
        for f in as_completed(futs):
            yield futs[f], f.result()
