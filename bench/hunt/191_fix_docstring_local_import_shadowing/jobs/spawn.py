import multiprocessing as mp


def run_with_queue(target, *args):
    q = mp.Queue()
    p = mp.Process(target=target, args=(q,) + args)
    p.start()
    out = q.get(timeout=10)
    p.join()
    return out
