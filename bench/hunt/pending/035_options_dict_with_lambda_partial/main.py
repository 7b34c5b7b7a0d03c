# Shape: options dict holding a lambda, bound into the task via partial(process, opts=opts).
# OBSERVED: MISS - no finding; lambda stored in an options dict bound into partial(process, opts=opts).
from functools import partial
from multiprocessing import Pool


def process(x, opts):
    return opts["transform"](x)


def main():
    opts = {"transform": lambda x: x * 3, "name": "t"}
    with Pool(2) as pool:
        print(pool.map(partial(process, opts=opts), [1, 2]))


if __name__ == "__main__":
    main()
