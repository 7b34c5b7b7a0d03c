from multiprocessing import Process


def run_in_process(fn, *args):
    proc = Process(target=fn, args=args)
    proc.start()
    proc.join()
    return proc.exitcode
