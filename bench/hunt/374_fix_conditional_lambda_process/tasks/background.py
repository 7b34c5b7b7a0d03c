import multiprocessing


def _entry(fn, value, queue):
    queue.put(fn(value))


def run_in_background(fn, value):
    queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=_entry, args=(fn, value, queue))
    proc.start()
    result = queue.get(timeout=10)
    proc.join()
    return result
