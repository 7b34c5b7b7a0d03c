from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def make_executor(kind):
    if kind.strip().lower() == "process":
        return ProcessPoolExecutor(2)
    return ThreadPoolExecutor(2)
