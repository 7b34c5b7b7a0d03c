from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

USE_THREADS: bool = True


def pmap(fn, items, cpu_bound=False):
    threads = USE_THREADS
    if cpu_bound:
        threads = False
    cls = ThreadPoolExecutor if threads else ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
