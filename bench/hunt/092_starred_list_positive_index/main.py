import multiprocessing


def run(fn, x):
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=fn, args=(q, x))
    p.start()
    v = q.get(timeout=10)
    p.join()
    return v


def inc(out, x):
    out.put(x + 1)


def dec(out, x):
    out.put(x - 1)


BASE = [inc]


def main():
    m = 8
    steps = [*BASE, lambda out, x: out.put(x * m), dec]
    print(run(steps[0], 2), run(steps[1], 2))


if __name__ == "__main__":
    main()
