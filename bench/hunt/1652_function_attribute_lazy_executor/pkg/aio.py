from concurrent.futures import ProcessPoolExecutor

def run_async(func, *args):
    if run_async._executor is None:
        run_async._executor = ProcessPoolExecutor(2)
    return run_async._executor.submit(func, *args)

run_async._executor = None
