from concurrent.futures import Executor


def submit_all(executor: Executor, fn, xs):
    return sorted(f.result() for f in [executor.submit(fn, x) for x in xs])
