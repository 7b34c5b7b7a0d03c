import multiprocessing


def _run(name, fn, out):
    out.put((name, fn()))


def run_named(jobs):
    """Run each ``{name: fn}`` job in its own process; return ``{name: result}``."""
    out = multiprocessing.Queue()
    procs = []
    for name, fn in jobs.items():
        proc = multiprocessing.Process(target=_run, args=(name, fn, out))
        proc.start()
        procs.append(proc)
    results = dict(out.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    return results
