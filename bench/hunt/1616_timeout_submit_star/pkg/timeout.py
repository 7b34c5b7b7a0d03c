from concurrent.futures import ProcessPoolExecutor

def timeout_five(fnc, *args, **kwargs):
    with ProcessPoolExecutor(max_workers=1) as p:
        f = p.submit(fnc, *args, **kwargs)
        return f.result(timeout=5)
