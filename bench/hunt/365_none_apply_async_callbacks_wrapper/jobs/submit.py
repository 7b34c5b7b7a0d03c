def submit_all(pool, fn, items, on_result, on_error=None):
    for item in items:
        pool.apply_async(fn, (item,), callback=on_result, error_callback=on_error)
