import multiprocessing


def start_background(target, *args, name=None, daemon=True):
    """Start ``target(*args)`` in a daemon process and return the process."""
    proc = multiprocessing.Process(target=target, args=args, name=name, daemon=daemon)
    proc.start()
    return proc
