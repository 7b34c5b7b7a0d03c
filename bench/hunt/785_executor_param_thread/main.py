# SHAPE: NEGATIVE - helper submit_all(executor: Executor, fn, xs) in pkg.helpers; main passes a ThreadPoolExecutor and a lambda
# OBSERVED: OK - correct
from concurrent.futures import ThreadPoolExecutor

from pkg.helpers import submit_all


def main():
    k = 9
    with ThreadPoolExecutor(2) as ex:
        print(submit_all(ex, lambda x: x + k, [1, 2]))


if __name__ == "__main__":
    main()
