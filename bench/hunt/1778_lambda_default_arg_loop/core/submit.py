def submit_one(executor, fn, *args):
    return executor.submit(fn, *args)
