# Shape: ParallelMap(mode="threads") via dict lookup -> thread pool; nested function is fine
from lib.pmap import ParallelMap


def main():
    k = 2

    def mul(x):
        return k * x

    print(ParallelMap(mode="threads").map(mul, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
