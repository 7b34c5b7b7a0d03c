"""A local variable called `partial` and one called `functools`."""

from multiprocessing import Pool


def run(values, offset):
    partial = [v for v in values if v % 2]
    functools = "not the module"
    with Pool(2) as pool:
        out = pool.map(lambda v: v + offset, partial)
    return out, functools


if __name__ == "__main__":
    print(run([1, 2, 3], 10))
