import contextlib
import multiprocessing


@contextlib.contextmanager
def background(fn, *args):
    """Run ``fn(*args)`` in a child process for the duration of the block."""
    proc = multiprocessing.Process(target=fn, args=args)
    proc.start()
    try:
        yield proc
    finally:
        proc.join(timeout=10)
