def retry(times):
    def decorator(fn):
        def attempt(*args, **kwargs):
            for i in range(times):
                try:
                    return fn(*args, **kwargs)
                except ValueError:
                    if i == times - 1:
                        raise

        return attempt

    return decorator
