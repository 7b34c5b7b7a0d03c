import multiprocessing as mp


def run_all(fns):
    ps = [mp.Process(target=f) for f in fns]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
