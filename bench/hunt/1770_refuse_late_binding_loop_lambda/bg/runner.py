from multiprocessing import Process


def make_proc(fn):
    return Process(target=fn)
