from multiprocessing import Process


def spawn_worker(fn, *args):
    p = Process(target=fn, args=args)
    p.start()
    return p
