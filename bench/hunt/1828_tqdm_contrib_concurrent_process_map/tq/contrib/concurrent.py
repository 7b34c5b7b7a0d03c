from operator import length_hint

from ..std import Progress


def _executor_map(PoolExecutor, fn, *iterables, **tqdm_kwargs):
    kwargs = tqdm_kwargs.copy()
    if "total" not in kwargs:
        kwargs["total"] = length_hint(iterables[0])
    tqdm_class = kwargs.pop("tqdm_class", Progress)
    max_workers = kwargs.pop("max_workers", 2)
    chunksize = kwargs.pop("chunksize", 1)
    with PoolExecutor(max_workers=max_workers) as ex:
        return list(tqdm_class(ex.map(fn, *iterables, chunksize=chunksize), **kwargs))


def thread_map(fn, *iterables, **tqdm_kwargs):
    from concurrent.futures import ThreadPoolExecutor

    return _executor_map(ThreadPoolExecutor, fn, *iterables, **tqdm_kwargs)


def process_map(fn, *iterables, **tqdm_kwargs):
    from concurrent.futures import ProcessPoolExecutor

    if iterables and "chunksize" not in tqdm_kwargs:
        tqdm_kwargs["chunksize"] = 1
    return _executor_map(ProcessPoolExecutor, fn, *iterables, **tqdm_kwargs)
