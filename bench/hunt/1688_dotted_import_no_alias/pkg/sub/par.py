from concurrent.futures import ProcessPoolExecutor as PPE


def pmap(fn, xs):
    with PPE(max_workers=2) as ex:
        return list(ex.map(fn, xs))
