import multiprocessing as mp


def run_jobs(*, worker, inputs):
    q = mp.Queue()
    ps = [mp.Process(target=worker, args=(q, x)) for x in inputs]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    out = []
    while not q.empty():
        out.append(q.get())
    return sorted(out)
