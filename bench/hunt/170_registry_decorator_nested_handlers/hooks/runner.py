import multiprocessing

from .registry import handlers


def _invoke(name, fn, payload, out):
    out.put((name, fn(payload)))


def dispatch_all(payload):
    out = multiprocessing.Queue()
    procs = []
    for name, fn in handlers():
        proc = multiprocessing.Process(target=_invoke, args=(name, fn, payload, out))
        proc.start()
        procs.append(proc)
    results = sorted(out.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    return results
