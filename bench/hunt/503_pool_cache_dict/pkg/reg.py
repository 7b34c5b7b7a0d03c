from concurrent.futures import ProcessPoolExecutor
EXECUTORS = {}
def get(kind):
    if kind not in EXECUTORS:
        EXECUTORS[kind] = ProcessPoolExecutor(2)
    return EXECUTORS[kind]
def submit(kind, fn, *args):
    return get(kind).submit(fn, *args)
def shutdown():
    for ex in EXECUTORS.values():
        ex.shutdown()
