from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def get_executor(kind="process", workers=2):
    if kind == "process":
        return ProcessPoolExecutor(max_workers=workers)
    return ThreadPoolExecutor(max_workers=workers)
