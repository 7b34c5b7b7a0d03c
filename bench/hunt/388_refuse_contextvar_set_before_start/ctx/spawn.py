import multiprocessing


def _entry(fn, arg, out):
    out.put(fn(arg))


def run_task(fn, arg):
    out = multiprocessing.Queue()
    proc = multiprocessing.Process(target=_entry, args=(fn, arg, out))
    proc.start()
    result = out.get(timeout=10)
    proc.join()
    return result
