# Context managers in parentheses (Python 3.9+): a single item with a trailing comma is a
# tuple to tree-sitter, and its target is bound all the same.
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def scale(values):
    with (
        Pool(processes=2, initializer=int, initargs=(), maxtasksperchild=None) as pool,
    ):
        return pool.map(lambda v: v * 3, values)  # PKL002


def total(values):
    def double(v):
        return v * 2

    with (
        open(__file__) as source,
        ProcessPoolExecutor(max_workers=2) as executor,
    ):
        source.close()
        return sum(executor.map(double, values))  # PKL003


if __name__ == "__main__":
    print(scale([1, 2, 3]))
    print(total([1, 2, 3]))
