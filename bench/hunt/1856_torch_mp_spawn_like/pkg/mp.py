import multiprocessing as mp


class ProcessRaisedException(Exception):
    pass


def _wrap(fn, i, args, results):
    results.put((i, fn(i, *args)))


def start_processes(fn, args=(), nprocs=1, join=True, start_method="spawn"):
    ctx = mp.get_context(start_method)
    results = ctx.SimpleQueue()
    procs = []
    for i in range(nprocs):
        p = ctx.Process(target=_wrap, args=(fn, i, args, results), daemon=False)
        p.start()
        procs.append(p)
    for p in procs:
        p.join()
    failed = [p.exitcode for p in procs if p.exitcode]
    if failed:
        raise ProcessRaisedException(f"process exited with {failed}")
    out = [results.get() for _ in procs]
    return [v for _, v in sorted(out)]


def spawn(fn, args=(), nprocs=1, join=True, start_method="spawn"):
    return start_processes(fn, args, nprocs, join, start_method)
