import multiprocessing as mp


def _trampoline(fn, q):
    q.put(fn())


def run_with_retry(fn, retries=3, timeout=5):
    for _ in range(retries):
        q = mp.Queue()
        p = mp.Process(target=_trampoline, args=(fn, q))
        p.start()
        p.join(timeout)
        if p.exitcode == 0:
            return q.get(timeout=timeout)
    raise RuntimeError("all retries failed")
