import inspect
import multiprocessing


def _run(fn, with_index, index, item, out):
    out.put((index, fn(index, item) if with_index else fn(item)))


def map_indexed(fn, items):
    """Call fn(item), or fn(index, item) when it takes two parameters, in processes."""
    with_index = len(inspect.signature(fn).parameters) == 2
    out = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=_run, args=(fn, with_index, i, item, out))
        for i, item in enumerate(items)
    ]
    for proc in procs:
        proc.start()
    results = dict(out.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    return [results[i] for i in range(len(items))]
