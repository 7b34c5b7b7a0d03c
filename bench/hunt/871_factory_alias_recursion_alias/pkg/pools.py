from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def make_executor(kind):
    if kind.lower() == "process":
        return ProcessPoolExecutor(2)
    if kind.lower() == "cpu":
        return make_executor("process")
    return ThreadPoolExecutor(2)
