# MISS: `class Par: map = staticmethod(_pmap)` and `Par().map(work, xs)` in the same file
# (change 7). `Par.map(work, xs)` in the same file and `Par().map(...)` across files are found.
from concurrent.futures import ProcessPoolExecutor


def _pmap(fn, xs):
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(fn, xs))


class Par:
    map = staticmethod(_pmap)


if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Par().map(work, [1, 2]))
