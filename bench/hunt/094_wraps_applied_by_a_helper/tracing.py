import functools
import multiprocessing


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)

    return wrapper


def launch(fn, *args):
    w = traced(fn)
    print("launch", w.__qualname__)
    p = multiprocessing.Process(target=fn, args=args)
    p.start()
    return p
