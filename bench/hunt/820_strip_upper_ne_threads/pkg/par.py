from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, xs, mode="processes"):
    if mode.strip().upper() != "THREADS":
        with ProcessPoolExecutor(2) as ex:
            return list(ex.map(fn, xs))
    with ThreadPoolExecutor(2) as ex:
        return list(ex.map(fn, xs))
