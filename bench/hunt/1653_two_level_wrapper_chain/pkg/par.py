from concurrent.futures import ProcessPoolExecutor

def parmap(fn, xs, workers=2):
    with ProcessPoolExecutor(workers) as ex:
        return list(ex.map(fn, xs))
