from multiprocessing import Process


def launch(fn, *args):
    p = Process(target=fn, args=args)
    p.start()
    p.join()
