from multiprocessing import Process, Queue

def _handler(queue, func, args, kwargs):
    try:
        queue.put(("ok", func(*args, **kwargs)))
    except BaseException as e:
        queue.put(("err", type(e).__name__))

def run_with_timeout(seconds):
    def decorator(func):
        def wraps(*args, **kwargs):
            q = Queue()
            p = Process(target=_handler, args=(q, func, args, kwargs))
            p.start()
            p.join(timeout=seconds)
            if p.is_alive():
                p.terminate()
                return ("timeout", None)
            return q.get()
        return wraps
    return decorator
