import multiprocessing as mp


def launch_and_wait(n):
    q = mp.Queue()
    bonus = 1

    def work(out):
        out.put(n + bonus)

    p = mp.Process(target=work, args=(q,))
    p.start()
    value = q.get(timeout=10)
    p.join()
    return value
