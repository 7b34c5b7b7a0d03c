from concurrent.futures import ProcessPoolExecutor

_pool = ProcessPoolExecutor(max_workers=2)

def submit_all(fn, arg_tuples):
    return [_pool.submit(fn, *a) for a in arg_tuples]

def shutdown():
    _pool.shutdown()
