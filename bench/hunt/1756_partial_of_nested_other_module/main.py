# shape: functools.partial of a nested function built in main(), passed through an *args/**kwargs forwarding wrapper to Pool.map -- partial wraps an unpicklable fn
from functools import partial

from etl.par import run_parallel


def main():
    offset = 1

    def transform(x, scale):
        return x * scale + offset

    step = partial(transform, scale=3)
    print(run_parallel(step, [1, 2, 3], chunksize=1))


if __name__ == "__main__":
    main()
