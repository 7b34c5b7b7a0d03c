from multiprocessing import Process


def launch(fn):
    p = Process(target=fn)
    p.start()
    p.join()
