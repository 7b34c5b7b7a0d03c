from concurrent.futures import ProcessPoolExecutor


def pmap(fn, /, *iterables, workers=2):
    with ProcessPoolExecutor(max_workers=workers) as ex:
        return list(ex.map(fn, *iterables))
