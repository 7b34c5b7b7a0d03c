from concurrent.futures import ProcessPoolExecutor

DEFAULT_WORKERS = 2


def process_executor(max_workers=None, **kwargs):
    return ProcessPoolExecutor(max_workers=max_workers or DEFAULT_WORKERS, **kwargs)
