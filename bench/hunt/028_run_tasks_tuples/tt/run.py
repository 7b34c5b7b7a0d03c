from multiprocessing import Pool


def _call(task):
    fn, arg = task
    return fn(arg)


def run_tasks(tasks, processes=2):
    with Pool(processes) as pool:
        return pool.map(_call, tasks)
