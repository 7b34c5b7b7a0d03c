import multiprocessing


def in_child(fn, *args):
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=fn, args=(q, *args))
    p.start()
    result = q.get(timeout=10)
    p.join()
    return result
