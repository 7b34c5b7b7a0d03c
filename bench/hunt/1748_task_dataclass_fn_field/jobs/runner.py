from concurrent.futures import ProcessPoolExecutor


def run_tasks(tasks):
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [(t.name, ex.submit(t.fn, *t.args)) for t in tasks]
        return [(name, f.result()) for name, f in futs]
