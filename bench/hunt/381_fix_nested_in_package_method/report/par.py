import multiprocessing


def _put(fn, index, item, queue):
    queue.put((index, fn(item)))


def ordered_map(fn, items):
    queue = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=_put, args=(fn, i, item, queue))
        for i, item in enumerate(items)
    ]
    for proc in procs:
        proc.start()
    pairs = sorted(queue.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    return [value for _, value in pairs]
