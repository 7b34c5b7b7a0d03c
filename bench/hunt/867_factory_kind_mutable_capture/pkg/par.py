from pkg.pools import make_executor


def pmap(fn, xs, kind="thread"):
    use_proc = kind.strip().lower() == "process"
    with make_executor("process" if use_proc else "thread") as ex:
        return list(ex.map(fn, xs))
