import multiprocessing

def square(x):
    return x * x

def run_jobs(fn, arg_list, on_result, on_error=None):
    with multiprocessing.Pool(2) as pool:
        rs = [pool.apply_async(fn, (a,), callback=on_result, error_callback=on_error) for a in arg_list]
        for r in rs:
            r.wait()
