from concurrent.futures import ProcessPoolExecutor


def _run_task(task):
    fn, x = task
    return fn(x)


def pmap(fn, xs, n=2):
    tasks = [(fn, x) for x in xs]
    with ProcessPoolExecutor(n) as ex:
        return list(ex.map(_run_task, tasks))
