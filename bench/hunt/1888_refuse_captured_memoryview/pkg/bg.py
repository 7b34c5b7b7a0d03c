from multiprocessing import Process


def run_in_background(fn, *args):
    p = Process(target=fn, args=args)
    p.start()
    p.join()
    return p.exitcode
