from concurrent.futures import ProcessPoolExecutor


def make_executor(workers=2, on_start=None, *on_start_args):
    return ProcessPoolExecutor(
        max_workers=workers, initializer=on_start, initargs=on_start_args
    )
