from concurrent.futures import ProcessPoolExecutor

def run_parallel(func, items, workers=2):
    with ProcessPoolExecutor(workers) as ex:
        return list(ex.map(func, items))
