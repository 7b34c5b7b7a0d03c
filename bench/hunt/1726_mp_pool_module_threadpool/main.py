# shape: `from multiprocessing import pool as mpp; mpp.ThreadPool(2).map(fn, xs)` inside a wrapper; nested fn passed -- negative
from pkg.par import tmap


def main():
    k = 7

    def f(x):
        return x + k

    print(tmap(f, [1, 2]))


if __name__ == "__main__":
    main()
