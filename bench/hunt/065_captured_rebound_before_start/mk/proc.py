import multiprocessing


def make_process(fn, *args, daemon=True):
    """Build (but do not start) a process running ``fn(*args)``."""
    return multiprocessing.Process(target=fn, args=args, daemon=daemon)
