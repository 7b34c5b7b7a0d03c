from lib.executors import get_executor


def pmap(fn, xs, n=2):
    with get_executor(n) as ex:
        return list(ex.map(fn, xs))
