"""CRLF line endings throughout."""

import multiprocessing


def run(values, factor):
    def mul(v):
        return v * factor

    with multiprocessing.Pool(2) as pool:
        return pool.map(mul, values)


if __name__ == "__main__":
    print(run([1, 2, 3], 4))
