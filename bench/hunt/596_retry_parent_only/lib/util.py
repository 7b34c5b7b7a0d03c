def retry(fn, times):
    for i in range(times):
        try:
            return fn()
        except ValueError:
            if i == times - 1:
                raise
