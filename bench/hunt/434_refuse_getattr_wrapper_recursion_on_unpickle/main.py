# refuse: WRONGFIX: `opts` is an `AttrDict` whose `__getattr__` reads `self._data`. Pickling
# works, but unpickling in the child looks up `__setstate__` before `_data` exists, recursing
# into `__getattr__` forever (RecursionError): the fixed child dies and the parent's `q.get`
# times out (queue.Empty) under spawn and forkserver.
import multiprocessing as mp


class AttrDict:
    def __init__(self, data):
        self._data = dict(data)

    def __getattr__(self, name):
        return self._data[name]


def main():
    q = mp.Queue()
    opts = AttrDict({"scale": 3, "label": "x"})

    def work(out, n):
        out.put(f"{opts.label}{n * opts.scale}")

    p = mp.Process(target=work, args=(q, 2))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
