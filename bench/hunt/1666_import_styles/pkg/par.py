from concurrent.futures import ProcessPoolExecutor

def parmap(fn, xs):
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(fn, xs))
