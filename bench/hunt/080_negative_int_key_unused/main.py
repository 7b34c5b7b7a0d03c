import multiprocessing


def neg(out, x):
    out.put(-x)


def run(fn, x):
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=fn, args=(q, x))
    p.start()
    v = q.get(timeout=10)
    p.join()
    return v


def main():
    ops = {0: neg, 1: neg, -1: lambda out, x: out.put(x)}
    for i in (0, 1):
        print(i, run(ops[i], i + 1))


if __name__ == "__main__":
    main()
