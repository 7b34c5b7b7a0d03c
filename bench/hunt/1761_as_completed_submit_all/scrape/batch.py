def submit_all(executor, fn, items):
    return {executor.submit(fn, item): item for item in items}
