import multiprocessing
import os

def make_pool(n, initializer=None, initargs=()):
    return multiprocessing.Pool(n, initializer=initializer, initargs=initargs)

def read_env(_):
    return os.environ.get("PKL_SETTING", "unset")
