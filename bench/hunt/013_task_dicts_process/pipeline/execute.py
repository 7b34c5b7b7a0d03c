import multiprocessing


def _run_step(step, out):
    out.put((step["name"], step["fn"](*step.get("args", ()))))


def run_steps(steps):
    """Run every step dict ({"name", "fn", "args"}) in its own process."""
    out = multiprocessing.Queue()
    procs = []
    for step in steps:
        proc = multiprocessing.Process(target=_run_step, args=(step, out))
        proc.start()
        procs.append(proc)
    results = dict(out.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    return results
