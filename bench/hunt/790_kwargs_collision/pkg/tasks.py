from concurrent.futures import ProcessPoolExecutor


def run_task(task, *args, **kwargs):
    with ProcessPoolExecutor(max_workers=1) as ex:
        return ex.submit(task, *args, **kwargs).result()
