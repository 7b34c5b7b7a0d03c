import multiprocessing as mp


def run(target, *args):
    p = mp.Process(target=target, args=args)
    p.start()
    p.join()
