# picklefix-test: unsafe-fixes
import functools
from concurrent.futures import ProcessPoolExecutor


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return ("logged", fn(*args, **kwargs))

    return wrapper


def run(base, step):
    offset = 100

    @functools.lru_cache(maxsize=None)
    def total(n):
        if n == 0:
            return base
        return total(n - 1) + step

    @logged
    def shifted(x):
        return x + offset

    @functools.cache
    def doubled(x):
        return 2 * x + offset

    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(total, [1, 2, 3])))  # PKL003
        print(ex.submit(shifted, 5).result())  # PKL003
        print(list(ex.map(doubled, [1, 1, 2])))  # PKL003


if __name__ == "__main__":
    run(10, 2)
