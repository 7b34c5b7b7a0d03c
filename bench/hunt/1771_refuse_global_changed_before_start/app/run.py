import multiprocessing as mp


def spawn_and_wait(fn):
    p = mp.Process(target=fn)
    p.start()
    p.join()
