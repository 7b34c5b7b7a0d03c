from multiprocessing import Process


def run_child(fn, *args):
    p = Process(target=fn, args=args)
    p.start()
    p.join()
