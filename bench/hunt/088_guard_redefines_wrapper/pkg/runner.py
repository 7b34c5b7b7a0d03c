import multiprocessing


def run_all(fn, items):
    out = []
    for x in items:
        q = multiprocessing.Queue()
        p = multiprocessing.Process(target=fn, args=(q, x))
        p.start()
        out.append(q.get(timeout=10))
        p.join()
    return out


if __name__ == "__main__":

    def run_all(fn, items):  # noqa: F811  (debug: run in-process)
        q = multiprocessing.Queue()
        for x in items:
            fn(q, x)
        return [q.get() for _ in items]

    print(run_all(lambda out, x: out.put(-x), [1, 2]))
