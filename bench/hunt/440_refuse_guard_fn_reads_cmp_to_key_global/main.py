# refuse: WRONGFIX: the guard-defined `order` reads the guard global `key =
# functools.cmp_to_key(by_len)`; under fork, Pool pickles `order` by name and the forked workers
# already hold `key`. picklefix lifts `order` with `key` as a keyword argument through
# functools.partial, which cannot be pickled: TypeError under spawn and forkserver.
import functools
import multiprocessing as mp


def by_len(a, b):
    return len(a) - len(b)


if __name__ == "__main__":
    key = functools.cmp_to_key(by_len)

    def order(words):
        return sorted(words, key=key)

    with mp.Pool(2) as pool:
        print(pool.map(order, [["ccc", "a"], ["bb", "dddd", "e"]]))
