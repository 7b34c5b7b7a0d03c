from concurrent.futures import ProcessPoolExecutor, as_completed


def iter_results(fn, xs, workers=2):
    with ProcessPoolExecutor(workers) as ex:
        futs = {ex.submit(fn, x): i for i, x in enumerate(xs)}
        for fut in as_completed(futs):
            yield futs[fut], fut.result()
