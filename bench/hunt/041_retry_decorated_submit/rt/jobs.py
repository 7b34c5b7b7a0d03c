import multiprocessing

from .retry import retry


@retry(times=2, exceptions=(OSError,))
def submit_job(fn, *args):
    proc = multiprocessing.Process(target=fn, args=args)
    proc.start()
    return proc
