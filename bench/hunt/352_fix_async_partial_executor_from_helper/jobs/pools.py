from concurrent.futures import ProcessPoolExecutor


def make_executor(workers=2):
    return ProcessPoolExecutor(max_workers=workers)
