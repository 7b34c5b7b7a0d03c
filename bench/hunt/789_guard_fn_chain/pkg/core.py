from concurrent.futures import ProcessPoolExecutor


def fan_out(fn, items):
    with ProcessPoolExecutor(max_workers=2) as ex:
        return list(ex.map(fn, items))
