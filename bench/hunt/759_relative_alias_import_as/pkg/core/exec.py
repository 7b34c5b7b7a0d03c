from concurrent import futures


def parmap(fn, xs):
    with futures.ProcessPoolExecutor(2) as ex:
        return list(ex.map(fn, xs))
