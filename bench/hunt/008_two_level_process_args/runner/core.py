import multiprocessing


def spawn_worker(fn, *args):
    proc = multiprocessing.Process(target=fn, args=args)
    proc.start()
    return proc
