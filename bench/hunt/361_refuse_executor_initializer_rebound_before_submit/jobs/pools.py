from concurrent.futures import ProcessPoolExecutor


def make_executor(workers=2, initializer=None, initargs=()):
    return ProcessPoolExecutor(
        max_workers=workers, initializer=initializer, initargs=initargs
    )
