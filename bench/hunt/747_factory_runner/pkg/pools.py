from concurrent.futures import ProcessPoolExecutor


def make_pool(n=2):
    return ProcessPoolExecutor(max_workers=n)
