from multiprocessing import Process


def run_target(fn):
    p = Process(target=fn)
    p.start()
    p.join()
