from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, xs, kind="thread"):
    if kind.lower() in ("processes"):
        with ProcessPoolExecutor(2) as ex:
            return list(ex.map(fn, xs))
    with ThreadPoolExecutor(2) as ex:
        return list(ex.map(fn, xs))
