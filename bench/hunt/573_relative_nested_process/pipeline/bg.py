import multiprocessing as mp


def run_in_background(fn, *args):
    q = mp.Queue()
    p = mp.Process(target=fn, args=(q,) + args)
    p.start()
    res = q.get()
    p.join()
    return res
