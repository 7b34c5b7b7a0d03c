import multiprocessing

from helpers import traced


def start(fn, *args):
    w = traced(fn)
    print("starting", w.__qualname__)
    p = multiprocessing.Process(target=fn, args=args)
    p.start()
    return p
