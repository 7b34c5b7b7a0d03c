import multiprocessing as mp


def run_in_process(fn, *args):
    p = mp.Process(target=fn, args=args)
    p.start()
    return p
