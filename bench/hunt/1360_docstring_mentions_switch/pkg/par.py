"""Parallel helpers.

Threads are used by default.  For CPU-bound work, set
``par.USE_THREADS = False`` before calling :func:`pmap`.
"""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

USE_THREADS = True


def pmap(fn, items):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
