import multiprocessing


def spawn(fn, *args, daemon=False):
    proc = multiprocessing.Process(target=fn, args=args, daemon=daemon)
    proc.start()
    return proc
