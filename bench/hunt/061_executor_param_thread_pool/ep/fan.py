from concurrent.futures import ProcessPoolExecutor


def fan_out(fn, items, executor=None):
    ex = executor if executor is not None else ProcessPoolExecutor(2)
    try:
        return list(ex.map(fn, items))
    finally:
        if executor is None:
            ex.shutdown()
