from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def make_executor(kind):
    if kind.casefold() in ("proc", "processes"):
        return ProcessPoolExecutor(2)
    return ThreadPoolExecutor(2)
