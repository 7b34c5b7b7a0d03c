from pkg.pools import make_executor


def pmap(fn, xs, how="proc"):
    ex = make_executor(how)
    try:
        return list(ex.map(fn, xs))
    finally:
        ex.shutdown()
