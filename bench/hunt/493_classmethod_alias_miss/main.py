# MISS: `class Par: map = classmethod(_pmap)` with `_pmap(cls, fn, xs)`; `Par.map(work, xs)`
# is not followed (the staticmethod and plain forms are).
from concurrent.futures import ProcessPoolExecutor


def _pmap(cls, fn, xs):
    with ProcessPoolExecutor(2) as ex:
        return [cls.__name__] + list(ex.map(fn, xs))


class Par:
    map = classmethod(_pmap)


if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Par.map(work, [1, 2]))
