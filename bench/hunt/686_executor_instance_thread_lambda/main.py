# Shape: Runner(executor) with an injected ThreadPoolExecutor instance; capturing lambda is fine
from concurrent.futures import ThreadPoolExecutor

from lib import Runner


def main():
    m = 3
    with ThreadPoolExecutor(2) as ex:
        print(Runner(ex).map(lambda x: x * m, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
