import multiprocessing


def run_in_child(fn, *args):
    proc = multiprocessing.Process(target=fn, args=args)
    proc.start()
    proc.join()
    return proc.exitcode
