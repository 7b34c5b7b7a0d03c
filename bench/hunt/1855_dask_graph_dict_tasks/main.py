# shape: dask-style task graph: get(dsk, key) walks a dict of tuples (func, *args) and submits _execute(func, args) to a ProcessPoolExecutor -- a lambda sits inside the graph's dict literal
from pkg.scheduler import get


def inc(x):
    return x + 1


if __name__ == "__main__":
    k = 1
    dsk = {"x": 3, "y": (inc, "x"), "z": (lambda a, b: a * b + k, "x", "y")}
    print(get(dsk, "z"))
