def logged(fn):
    def wrapper(*a, **kw):
        print("call", fn.__name__, flush=True)
        return fn(*a, **kw)
    return wrapper

@logged
def work(n):
    print("work", n, flush=True)
