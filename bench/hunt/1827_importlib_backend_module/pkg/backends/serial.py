def run(fn, items):
    return [fn(x) for x in items]
