from concurrent.futures import ProcessPoolExecutor, wait


def run_jobs(fn, xs, on_result=None):
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = []
        for x in xs:
            fut = ex.submit(fn, x)
            if on_result is not None:
                fut.add_done_callback(lambda f, cb=on_result: cb(f.result()))
            futs.append(fut)
        wait(futs)
