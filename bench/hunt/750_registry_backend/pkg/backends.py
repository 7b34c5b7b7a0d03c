from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

BACKENDS = {
    "process": ProcessPoolExecutor,
    "thread": ThreadPoolExecutor,
}


def run(fn, xs, backend="process"):
    cls = BACKENDS[backend]
    with cls(max_workers=2) as ex:
        return sorted(ex.map(fn, xs))
