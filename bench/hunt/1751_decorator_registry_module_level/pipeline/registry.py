from concurrent.futures import ProcessPoolExecutor

REGISTRY = {}


def register(name):
    def deco(fn):
        REGISTRY[name] = fn
        return fn

    return deco


def run_named(names, value):
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(REGISTRY[n], value) for n in names]
        return [f.result() for f in futs]
