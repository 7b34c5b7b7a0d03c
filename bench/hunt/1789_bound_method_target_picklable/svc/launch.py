import multiprocessing as mp


def start(fn, *args):
    p = mp.Process(target=fn, args=args)
    p.start()
    return p
