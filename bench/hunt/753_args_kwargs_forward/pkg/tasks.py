from . import executor


def run_task(task, *a, **kw):
    try:
        return executor.submit(task, *a, **kw).result()
    finally:
        executor.shutdown()
