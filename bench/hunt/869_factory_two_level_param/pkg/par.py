from pkg.pools import make_executor


def pmap(fn, xs, kind="thread"):
    with make_executor(kind) as ex:
        return list(ex.map(fn, xs))
