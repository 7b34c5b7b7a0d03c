"""A module-level helper already uses the obvious generated name."""

from multiprocessing import Pool


def _run_task(x):
    return -x


def run(values, k):
    with Pool(2) as pool:
        return pool.map(lambda v: v * k, values), [_run_task(v) for v in values]


if __name__ == "__main__":
    print(run([1, 2], 3))
