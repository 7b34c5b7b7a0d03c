from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def make_executor(kind, workers):
    if kind == "process":
        return ProcessPoolExecutor(workers)
    return ThreadPoolExecutor(workers)
