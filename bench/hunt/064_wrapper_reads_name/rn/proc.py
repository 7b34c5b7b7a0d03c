import multiprocessing


def _entry(fn, args, out):
    out.put(fn(*args))


def run_named(fn, *args):
    """Run ``fn`` in a child process; return (function name, result) for the log."""
    out = multiprocessing.Queue()
    proc = multiprocessing.Process(target=_entry, args=(fn, args, out), name=fn.__name__)
    proc.start()
    value = out.get(timeout=10)
    proc.join()
    return fn.__name__, value
