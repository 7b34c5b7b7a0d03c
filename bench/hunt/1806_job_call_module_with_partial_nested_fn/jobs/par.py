from concurrent.futures import ProcessPoolExecutor


def run_all(fn, items):
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(fn, items))
