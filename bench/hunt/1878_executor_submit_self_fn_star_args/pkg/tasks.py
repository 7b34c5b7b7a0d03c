from concurrent.futures import ProcessPoolExecutor


def submit(*args, **kwargs):
    if not args:
        raise TypeError("submit expected at least 1 positional argument")
    fn, *args = args
    with ProcessPoolExecutor(1) as ex:
        return ex.submit(fn, *args, **kwargs).result()
