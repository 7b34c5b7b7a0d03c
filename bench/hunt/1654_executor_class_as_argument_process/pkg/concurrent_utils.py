from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def _executor_map(PoolExecutor, fn, *iterables, **kwargs):
    max_workers = kwargs.pop("max_workers", 2)
    chunksize = kwargs.pop("chunksize", 1)
    with PoolExecutor(max_workers=max_workers) as ex:
        return list(ex.map(fn, *iterables, chunksize=chunksize))

def thread_map(fn, *iterables, **kwargs):
    return _executor_map(ThreadPoolExecutor, fn, *iterables, **kwargs)

def process_map(fn, *iterables, **kwargs):
    return _executor_map(ProcessPoolExecutor, fn, *iterables, **kwargs)
