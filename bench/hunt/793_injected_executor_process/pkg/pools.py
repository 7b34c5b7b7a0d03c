from concurrent.futures import ProcessPoolExecutor


def cpu_executor():
    return ProcessPoolExecutor(max_workers=2)
