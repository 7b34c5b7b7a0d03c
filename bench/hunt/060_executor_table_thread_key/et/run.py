from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

EXECUTORS = {"process": ProcessPoolExecutor, "thread": ThreadPoolExecutor}


def run(fn, items, kind="process", workers=2):
    with EXECUTORS[kind](workers) as ex:
        return list(ex.map(fn, items))
