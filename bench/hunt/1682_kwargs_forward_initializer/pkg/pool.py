from concurrent.futures import ProcessPoolExecutor


def run_pool(fn, items, **pool_kw):
    with ProcessPoolExecutor(max_workers=2, **pool_kw) as ex:
        return list(ex.map(fn, items))
