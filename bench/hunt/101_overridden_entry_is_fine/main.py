import multiprocessing


def plain(out, x):
    out.put(x)


BASE = {"plain": plain, "neg": lambda out, x: out.put(-x)}
HANDLERS = {**BASE, "neg": plain}
MERGED = BASE | {"neg": plain}
SEQ = [plain] + [lambda out, x: out.put(x * 2)]


def start(fn, x):
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=fn, args=(q, x))
    p.start()
    v = q.get(timeout=10)
    p.join()
    return v


if __name__ == "__main__":
    print(start(HANDLERS["neg"], 5), start(MERGED["neg"], 6), start(SEQ[0], 7))
