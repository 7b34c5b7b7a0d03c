from functools import wraps
from multiprocessing import Process, Queue

def in_new_process(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        def worker(*args, **kwargs):
            queue = args[0]
            func = args[1]
            queue.put(func(*args[2:], **kwargs))
        queue = Queue()
        p = Process(target=worker, args=((queue, func) + args), kwargs=kwargs)
        p.start()
        p.join()
        return queue.get()
    return wrapper
