"""Convenient parallelization of higher order functions (after pip)."""
from contextlib import contextmanager
from multiprocessing import Pool as ProcessPool
from multiprocessing import pool
from multiprocessing.dummy import Pool as ThreadPool
from typing import Callable, Iterable, Iterator, TypeVar, Union

Pool = Union[pool.Pool, pool.ThreadPool]
S = TypeVar("S")
T = TypeVar("T")

try:
    import multiprocessing.synchronize  # noqa: F401
except ImportError:
    LACK_SEM_OPEN = True
else:
    LACK_SEM_OPEN = False

TIMEOUT = 2000000


@contextmanager
def closing(pool: Pool) -> Iterator[Pool]:
    """Return a context manager making sure the pool closes properly."""
    try:
        yield pool
    finally:
        pool.close()
        pool.join()
        pool.terminate()


def _map_fallback(func: Callable[[S], T], iterable: Iterable[S], chunksize: int = 1) -> Iterator[T]:
    return map(func, iterable)


def _map_multiprocess(func: Callable[[S], T], iterable: Iterable[S], chunksize: int = 1) -> Iterator[T]:
    with closing(ProcessPool()) as pool:
        return pool.imap_unordered(func, iterable, chunksize)


def _map_multithread(func: Callable[[S], T], iterable: Iterable[S], chunksize: int = 1) -> Iterator[T]:
    with closing(ThreadPool(2)) as pool:
        return pool.imap_unordered(func, iterable, chunksize)


if LACK_SEM_OPEN:
    map_multiprocess = map_multithread = _map_fallback
else:
    map_multiprocess = _map_multiprocess
    map_multithread = _map_multithread
