import multiprocessing
from multiprocessing import Pool

ALSO = 0
ready = None


def init(value):
    global ready
    ready = value


def uses_also(i):
    return i + ALSO


def uses_ready(i):
    return (i, ready)


def uses_builtin(i):
    return len(str(i))


def uses_forked(i):
    return i * factor


def work(i):
    return i * 2


if __name__ == "__main__":
    ALSO = 5
    factor = 4
    len = len
    parent_only = [1, 2]
    with Pool(2, initializer=init, initargs=(True,)) as pool:
        print(pool.map(uses_also, parent_only))
        print(pool.map(uses_ready, parent_only))
        print(pool.map(uses_builtin, parent_only))
        print(pool.map(work, parent_only))
    with multiprocessing.get_context("fork").Pool(2) as forked:
        print(forked.map(uses_forked, parent_only))
