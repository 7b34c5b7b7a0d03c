from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def make_executor(use_processes=True, workers=2):
    if use_processes:
        return ProcessPoolExecutor(max_workers=workers)
    return ThreadPoolExecutor(max_workers=workers)
