from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from .settings import MODE

Executor = {"thread": ThreadPoolExecutor, "process": ProcessPoolExecutor}[MODE]


def pmap(fn, xs):
    with Executor(max_workers=2) as ex:
        return list(ex.map(fn, xs))
