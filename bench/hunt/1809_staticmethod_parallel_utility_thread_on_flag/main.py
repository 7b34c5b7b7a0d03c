# shape: Parallel.run(fn, items, threads=True) staticmethod in a utility class; caller passes threads=True with a nested fn -- nothing to report
from util.parallel import Parallel


def main():
    k = 2

    def f(x):
        return x * k

    print(Parallel.run(f, [1, 2, 3], threads=True))


if __name__ == "__main__":
    main()
