"""Recursive nested function handed to a pool."""

from multiprocessing import Pool


def fib_table(ns, modulus):
    def fib(n):
        return n if n < 2 else (fib(n - 1) + fib(n - 2)) % modulus

    with Pool(2) as pool:
        return pool.map(fib, ns)


if __name__ == "__main__":
    print(fib_table([5, 10, 15], 1000))
