from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def get_pool(n_jobs=1):
    if n_jobs == 1:
        return ThreadPoolExecutor(1)
    return ProcessPoolExecutor(2)

def run_all(func, items, n_jobs=1):
    with get_pool(n_jobs) as ex:
        return [f.result() for f in [ex.submit(func, i) for i in items]]
