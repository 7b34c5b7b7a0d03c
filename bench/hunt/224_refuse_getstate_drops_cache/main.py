# refuse: the captured Index drops its cache when pickled (__getstate__). Forked, the child
# uses the parent's warm cache and reports 3 cached keys; lifted, the Index travels pickled
# and the child reports 0.
import multiprocessing as mp


class Index:
    def __init__(self):
        self.name = "idx"
        self._cache = {}

    def lookup(self, key):
        return self._cache.setdefault(key, key.upper())

    def __getstate__(self):
        return {"name": self.name, "_cache": {}}


def main():
    q = mp.Queue()
    index = Index()
    for key in ("a", "b", "c"):
        index.lookup(key)

    def work(out):
        out.put((index.name, len(index._cache)))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
