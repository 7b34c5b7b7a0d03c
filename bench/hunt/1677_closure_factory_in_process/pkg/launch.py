import multiprocessing as mp


def in_process(fn):
    def runner(*args):
        p = mp.Process(target=fn, args=args)
        p.start()
        p.join()
        return p.exitcode

    return runner
