from concurrent.futures import ProcessPoolExecutor


def get_executor(n):
    return ProcessPoolExecutor(max_workers=n)
