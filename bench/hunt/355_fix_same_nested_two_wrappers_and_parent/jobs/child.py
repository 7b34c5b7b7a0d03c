import multiprocessing


def _run(out, fn, args):
    out.put(fn(*args))


def call_in_child(fn, *args):
    out = multiprocessing.Queue()
    proc = multiprocessing.Process(target=_run, args=(out, fn, args))
    proc.start()
    result = out.get(timeout=10)
    proc.join()
    return result
