import multiprocessing


def _collect(index, fn, out):
    out.put((index, fn()))


def run_all(*fns):
    """Run each zero-argument callable in its own process; results in order."""
    out = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=_collect, args=(i, fn, out))
        for i, fn in enumerate(fns)
    ]
    for proc in procs:
        proc.start()
    results = dict(out.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    return [results[i] for i in range(len(fns))]
