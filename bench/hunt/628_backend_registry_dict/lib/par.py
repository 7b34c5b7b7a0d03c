from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

BACKENDS = {"process": ProcessPoolExecutor, "thread": ThreadPoolExecutor}


def pmap(fn, xs, backend="thread", n=2):
    with BACKENDS[backend](n) as ex:
        return list(ex.map(fn, xs))
