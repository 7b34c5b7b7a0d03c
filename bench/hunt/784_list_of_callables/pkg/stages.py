from concurrent.futures import ProcessPoolExecutor


def run_stages(stages, x):
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(stage, x) for stage in stages]
        return [f.result() for f in futs]
