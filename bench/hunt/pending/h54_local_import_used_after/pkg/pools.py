from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def make_executor(kind="thread"):
    if kind == "cpu":
        return make_executor("process")
    if kind == "io":
        return make_executor(kind="thread")
    if kind == "process":
        return ProcessPoolExecutor(2)
    return ThreadPoolExecutor(2)
