def submit_many(executor, fn, arglists, **common):
    return [executor.submit(fn, *args, **common) for args in arglists]
