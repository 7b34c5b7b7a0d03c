from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

MODE = 0


def pmap(fn, items):
    cls = ThreadPoolExecutor if MODE == 0 else ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
