from ._compat import Executor


def pmap(fn, items):
    with Executor(2) as ex:
        return list(ex.map(fn, items))
