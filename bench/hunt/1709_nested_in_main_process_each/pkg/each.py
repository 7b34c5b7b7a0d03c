import multiprocessing as mp


def run_each(work, xs):
    q = mp.Queue()
    ps = []
    for x in xs:
        p = mp.Process(target=work, args=(q, x))
        p.start()
        ps.append(p)
    for p in ps:
        p.join()
    return sorted(q.get() for _ in ps if p.exitcode == 0)
