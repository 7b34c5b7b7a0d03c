from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, xs, kind="process"):
    if kind.upper() == "THREAD":
        with ThreadPoolExecutor(2) as ex:
            return list(ex.map(fn, xs))
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(fn, xs))
