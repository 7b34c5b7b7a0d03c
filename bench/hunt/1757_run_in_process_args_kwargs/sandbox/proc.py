import multiprocessing as mp


def run_in_process(fn, *args, **kwargs):
    p = mp.Process(target=fn, args=args, kwargs=kwargs)
    p.start()
    p.join()
    return p.exitcode
