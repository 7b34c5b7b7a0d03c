from multiprocessing import Process


def fire(fn, *args, **kwargs):
    p = Process(target=fn, args=args, kwargs=kwargs)
    p.start()
    return p
