# shape: functools.partial(module_fn, 3) through a two-level wrapper chain to ProcessPoolExecutor.map -- picklable, negative
import functools

from pkg.api import run


def scaled(k, x):
    return k * x


if __name__ == "__main__":
    print(run(functools.partial(scaled, 3), [1, 2]))
