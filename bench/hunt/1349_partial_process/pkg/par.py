import functools
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, items, backend="thread"):
    if backend == "thread":
        cls = ThreadPoolExecutor
    else:
        cls = ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))


thread_map = functools.partial(pmap, backend="thread")
process_map = functools.partial(pmap, backend="process")
