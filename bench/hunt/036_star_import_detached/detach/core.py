import multiprocessing

__all__ = ["run_detached", "wait_all"]

_RUNNING = []


def _entry(fn, args, out):
    out.put(fn(*args))


def run_detached(fn, *args, out):
    proc = multiprocessing.Process(target=_entry, args=(fn, args, out), daemon=True)
    proc.start()
    _RUNNING.append(proc)
    return proc


def wait_all():
    while _RUNNING:
        _RUNNING.pop().join()
