# Shape: Runner(functools.partial(ThreadPoolExecutor, 2)) factory -> threads; nested function is fine
import functools
from concurrent.futures import ThreadPoolExecutor

from lib.runner import Runner


def main():
    m = 4

    def mul(x):
        return x * m

    runner = Runner(functools.partial(ThreadPoolExecutor, 2))
    print(runner.map(mul, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
