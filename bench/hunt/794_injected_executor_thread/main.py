# SHAPE: NEGATIVE - same Runner(executor) as 048 but main injects a ThreadPoolExecutor and passes a lambda
# OBSERVED: OK - correct
from concurrent.futures import ThreadPoolExecutor

from pkg.runner import Runner


def main():
    exp = 3
    with ThreadPoolExecutor(2) as ex:
        print(Runner(ex).run(lambda x: x ** exp, [1, 2]))


if __name__ == "__main__":
    main()
