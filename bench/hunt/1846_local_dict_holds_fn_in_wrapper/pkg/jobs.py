from concurrent.futures import ProcessPoolExecutor


def run_job(fn, items, workers=2):
    job = {"fn": fn, "items": list(items), "workers": workers}
    with ProcessPoolExecutor(job["workers"]) as ex:
        return list(ex.map(job["fn"], job["items"]))
