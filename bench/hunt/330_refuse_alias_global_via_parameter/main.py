# refuse: the global CACHE reaches the nested worker as a parameter of the enclosing function.
import multiprocessing as mp

CACHE = {}


def lookup(key):
    return CACHE.get(key)


def run(cache):
    q = mp.Queue()

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
    run(CACHE)
