import multiprocessing

_STARTED = {}


def start_once(fn, *args):
    """Start ``fn`` in a child process unless this very callable was started already."""
    if fn in _STARTED:
        return _STARTED[fn]
    proc = multiprocessing.Process(target=fn, args=args)
    proc.start()
    _STARTED[fn] = proc
    return proc
