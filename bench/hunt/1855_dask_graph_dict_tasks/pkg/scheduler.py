from concurrent.futures import ProcessPoolExecutor


def istask(x):
    return isinstance(x, tuple) and bool(x) and callable(x[0])


def _execute(func, args):
    return func(*args)


def get(dsk, key, num_workers=2):
    cache = {}
    with ProcessPoolExecutor(num_workers) as ex:

        def resolve(k):
            if k in cache:
                return cache[k]
            v = dsk[k]
            if istask(v):
                func, *args = v
                args = [resolve(a) if isinstance(a, str) and a in dsk else a for a in args]
                v = ex.submit(_execute, func, args).result()
            cache[k] = v
            return v

        return resolve(key)
