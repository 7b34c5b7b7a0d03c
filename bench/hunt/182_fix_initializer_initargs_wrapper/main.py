# fix: a guard initializer capturing a guard variable, handed with initargs through a
# wrapper of another package that forwards them to Pool(initializer=, initargs=).
from workers import make_pool

OFFSET = 0


def lookup(n):
    return n + OFFSET


if __name__ == "__main__":
    bump = 1000

    def setup(base):
        global OFFSET
        OFFSET = base + bump

    with make_pool(2, init=setup, initargs=(20,)) as pool:
        print(sorted(pool.map(lookup, [1, 2, 3])))
