from multiprocessing import Process, Queue

def _wrapper(func, queue, args, kwargs):
    queue.put(func(*args, **kwargs))

def run(func, *args, **kwargs):
    queue = Queue()
    args2 = [func, queue, args, kwargs]
    p = Process(target=_wrapper, args=args2)
    p.start()
    p.join()
    return queue.get()
