import multiprocessing


def _execute(task, out):
    out.put((task.name, task.fn(*task.args)))


def run_tasks(tasks):
    out = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=_execute, args=(t, out)) for t in tasks]
    for proc in procs:
        proc.start()
    results = dict(out.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    return results
