from concurrent.futures import ProcessPoolExecutor


def get_pool(workers=2):
    return ProcessPoolExecutor(max_workers=workers)
