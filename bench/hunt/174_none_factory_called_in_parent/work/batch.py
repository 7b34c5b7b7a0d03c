from concurrent.futures import ProcessPoolExecutor


def _execute(task):
    op, a, b = task
    return {"add": a + b, "mul": a * b}[op]


def run_tasks(make_task, count, on_result=None):
    """Build tasks in the parent with ``make_task(i)``; run them in processes."""
    tasks = [make_task(i) for i in range(count)]
    with ProcessPoolExecutor(2) as executor:
        results = list(executor.map(_execute, tasks))
    if on_result is not None:
        for task, result in zip(tasks, results):
            on_result(task, result)
    return results
