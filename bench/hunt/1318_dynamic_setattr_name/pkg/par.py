from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

USE_THREADS = True


def pmap(fn, items):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
