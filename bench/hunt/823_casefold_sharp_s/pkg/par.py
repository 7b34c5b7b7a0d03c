from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, xs, backend="faden"):
    if backend.casefold() in ("proc", "prozessstrasse"):
        with ProcessPoolExecutor(2) as ex:
            return list(ex.map(fn, xs))
    with ThreadPoolExecutor(2) as ex:
        return list(ex.map(fn, xs))
