from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, xs, kind="thread", force=False):
    use_proc = kind in ("process", "processes")
    if force:
        use_proc = True
    if use_proc:
        with ProcessPoolExecutor(2) as ex:
            return list(ex.map(fn, xs))
    with ThreadPoolExecutor(2) as ex:
        return list(ex.map(fn, xs))
