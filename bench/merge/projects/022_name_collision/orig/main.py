"""Module that already has a module-level `worker` name."""

import multiprocessing


def worker(x):
    return x + 1


def _worker(x):
    return x + 2


def run(values, bias):
    def worker(x):
        return x * 10 + bias

    with multiprocessing.Pool(2) as pool:
        return pool.map(worker, values), [worker(v) for v in values]


if __name__ == "__main__":
    print(run([1, 2], 5), worker(1), _worker(1))
