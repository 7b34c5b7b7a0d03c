import functools
import os
import sys
from multiprocessing import Pool


@functools.cache
def separator():
    return os.sep


def join_all(parts, root):
    with Pool(2) as pool:
        return pool.map(lambda part: root + separator() + part, parts)  # PKL002


if __name__ == "__main__":
    print(join_all(["a", "b"], "top"), file=sys.stdout)
