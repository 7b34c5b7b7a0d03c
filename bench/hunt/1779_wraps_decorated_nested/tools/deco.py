import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, flush=True)
        return fn(*args, **kwargs)

    return wrapper
