"""Run a callable in a fresh process and bring its result back."""
import multiprocessing
import traceback


def _child(queue, fn, args, kwargs):
    try:
        queue.put((True, fn(*args, **kwargs)))
    except BaseException:
        queue.put((False, traceback.format_exc()))


def call_in_subprocess(fn, *args, timeout=30, **kwargs):
    queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=_child, args=(queue, fn, args, kwargs))
    proc.start()
    try:
        ok, value = queue.get(timeout=timeout)
    finally:
        proc.join()
    if not ok:
        raise RuntimeError(value)
    return value
