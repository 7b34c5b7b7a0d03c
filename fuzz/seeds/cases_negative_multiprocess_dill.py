# `multiprocess` is the dill-based fork of multiprocessing: it pickles lambdas and closures.
import multiprocess as multiprocessing
from multiprocess import Pool, Process


def main():
    factor = 2

    def scale(x):
        return x * factor

    with multiprocessing.Pool(2) as pool:
        print(pool.map(lambda x: x + 1, [1, 2]))
    with Pool(2) as pool:
        print(pool.map(scale, [1, 2]))
    p = Process(target=lambda: print("dill carries lambdas"))
    p.start()
    p.join()


if __name__ == "__main__":
    main()
