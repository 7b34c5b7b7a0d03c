from concurrent.futures import ProcessPoolExecutor


def pmap(fn, items, workers=2):
    with ProcessPoolExecutor(workers) as ex:
        return list(ex.map(fn, items))
