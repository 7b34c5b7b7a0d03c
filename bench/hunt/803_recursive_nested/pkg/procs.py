import multiprocessing as mp


def run_in_child(fn, *args):
    q = mp.Queue()
    p = mp.Process(target=fn, args=(q,) + args)
    p.start()
    r = q.get()
    p.join()
    return r
