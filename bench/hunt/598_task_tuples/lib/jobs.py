from concurrent.futures import ProcessPoolExecutor


def run_jobs(jobs, workers=2):
    with ProcessPoolExecutor(workers) as ex:
        futs = [ex.submit(fn, *args) for fn, args in jobs]
        return [f.result() for f in futs]
