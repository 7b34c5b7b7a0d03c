import multiprocessing as mp


def run_bg(fn):
    p = mp.Process(target=fn)
    p.start()
    p.join()
