import contextlib
import multiprocessing as mp


@contextlib.contextmanager
def pool_with(init, *initargs):
    with mp.Pool(2, initializer=init, initargs=initargs) as p:
        yield p
