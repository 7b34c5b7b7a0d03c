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
    scale = 4
    ops = {"neg": neg, "id": neg}
    ops["id"] = lambda out, x: out.put(x * scale)
    for name in ("neg", "id"):
        print(name, run(ops[name], 2))


if __name__ == "__main__":
    main()
