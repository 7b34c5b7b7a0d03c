# refuse: `cache = STATE["cache"]` aliases a dict reachable from a global the helper also reads.
import multiprocessing as mp

STATE = {"cache": {}}


def lookup(key):
    return STATE["cache"].get(key)


def main():
    q = mp.Queue()
    cache = STATE["cache"]

    def work(out):
        res = []
        for x in (1, 2, 3):
            cache[x] = x * 2
            res.append(lookup(x))
        out.put(res)

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
