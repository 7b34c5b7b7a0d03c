import functools
import multiprocessing


def _run(fn, args, kwargs, out):
    out.put(fn(*args, **kwargs))


def in_process(fn):
    """Run each call of ``fn`` in a fresh child process."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        out = multiprocessing.Queue()
        proc = multiprocessing.Process(target=_run, args=(fn, args, kwargs, out))
        proc.start()
        result = out.get(timeout=10)
        proc.join()
        return result

    return wrapper
