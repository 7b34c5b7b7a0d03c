from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, xs, kind="process"):
    if kind.lower() == "process":
        with ProcessPoolExecutor(2) as ex:
            return list(ex.map(fn, xs))
    with ThreadPoolExecutor(2) as ex:
        return list(ex.map(fn, xs))
