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


def main():
    k = 30
    steps = [inc, dec]
    steps += [lambda out, x: out.put(x + k)]
    print(run(steps[-1], 1))


if __name__ == "__main__":
    main()
