import multiprocessing
import queue as queue_mod


class TimeoutExpired(Exception):
    pass


def _invoke(fn, args, out):
    out.put(fn(*args))


def run_with_timeout(fn, args=(), timeout=5.0):
    out = multiprocessing.Queue()
    proc = multiprocessing.Process(target=_invoke, args=(fn, args, out), daemon=True)
    proc.start()
    try:
        return out.get(timeout=timeout)
    except queue_mod.Empty:
        proc.terminate()
        raise TimeoutExpired(f"gave up after {timeout}s")
    finally:
        proc.join()
