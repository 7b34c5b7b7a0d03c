from multiprocessing import Process


def run_in_process(fn):
    p = Process(target=fn)
    p.start()
    p.join()
