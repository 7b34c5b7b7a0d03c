from concurrent.futures import ProcessPoolExecutor


def submit(fn, *args):
    with ProcessPoolExecutor(1) as ex:
        return ex.submit(fn, *args).result()
