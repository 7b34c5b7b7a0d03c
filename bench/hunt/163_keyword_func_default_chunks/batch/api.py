import multiprocessing


def _identity(x):
    return x


def _worker(index, func, chunk, out):
    out.put((index, [func(item) for item in chunk]))


def process(items, func=_identity, workers=2):
    """Split ``items`` into ``workers`` chunks, each handled by a child process."""
    chunks = [items[i::workers] for i in range(workers)]
    out = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=_worker, args=(i, func, chunk, out))
        for i, chunk in enumerate(chunks)
    ]
    for proc in procs:
        proc.start()
    parts = dict(out.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    return sorted(value for i in sorted(parts) for value in parts[i])
