# SHAPE: NEGATIVE - pmap(fn, xs, executor=None) defaults to a ProcessPoolExecutor but main passes a ThreadPoolExecutor and a lambda
# OBSERVED: FALSE - reported although the caller injects a ThreadPoolExecutor (process pool only on executor=None)
from concurrent.futures import ThreadPoolExecutor

from pkg.par import pmap


def main():
    k = 2
    with ThreadPoolExecutor(2) as tp:
        print(pmap(lambda x: x * k, [4, 5], executor=tp))


if __name__ == "__main__":
    main()
