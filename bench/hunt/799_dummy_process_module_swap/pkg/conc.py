import multiprocessing.dummy as mp


def run_bg(fn, *args):
    p = mp.Process(target=fn, args=args)
    p.start()
    p.join()
