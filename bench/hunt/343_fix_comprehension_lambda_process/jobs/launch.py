import multiprocessing


def launch(fn, *args):
    proc = multiprocessing.Process(target=fn, args=args)
    proc.start()
    return proc
