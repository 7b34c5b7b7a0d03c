# refuse: the alias is made in two steps (c = CACHE; cache = c).
import multiprocessing as mp

CACHE = {}


def lookup(key):
    return CACHE.get(key)


def main():
    q = mp.Queue()
    c = CACHE
    cache = c

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
