from multiprocessing import Process


def start_background(fn, *args, **kwargs):
    p = Process(target=fn, args=args, kwargs=kwargs, daemon=True)
    p.start()
    return p
