from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, xs, kind="thread"):
    use_proc = kind.lower() == "process"
    kind = "process" if use_proc else "thread-pool"
    if use_proc:
        with ProcessPoolExecutor(2) as ex:
            return kind, list(ex.map(fn, xs))
    with ThreadPoolExecutor(2) as ex:
        return kind, list(ex.map(fn, xs))
