from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

BACKEND = "thread"


def pmap(fn, items):
    if BACKEND == "thread":
        cls = ThreadPoolExecutor
    elif BACKEND in ("proc", "process"):
        cls = ProcessPoolExecutor
    else:
        raise ValueError(BACKEND)
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
