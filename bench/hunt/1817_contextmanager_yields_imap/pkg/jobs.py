from contextlib import contextmanager
from multiprocessing import Pool


@contextmanager
def mapper(jobs):
    if jobs <= 1:
        yield map
    else:
        with Pool(jobs) as pool:
            yield pool.imap
