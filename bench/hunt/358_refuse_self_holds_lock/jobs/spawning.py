import multiprocessing


def start(fn, *args):
    proc = multiprocessing.Process(target=fn, args=args)
    proc.start()
    return proc
