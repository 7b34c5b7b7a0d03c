# refuse: WRONGFIX: the nested worker captures `key = functools.cmp_to_key(by_length)`; a
# `functools.KeyWrapper` cannot be pickled, so the fixed program (key passed in args) fails at
# `p.start()` under spawn and forkserver.
import functools
import multiprocessing as mp


def by_length(a, b):
    return (len(a) > len(b)) - (len(a) < len(b))


def main():
    q = mp.Queue()
    key = functools.cmp_to_key(by_length)

    def work(out, words):
        out.put(sorted(words, key=key))

    p = mp.Process(target=work, args=(q, ["ccc", "a", "bb"]))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
