from concurrent.futures import ProcessPoolExecutor


def process_executor(workers=2):
    return ProcessPoolExecutor(max_workers=workers)
