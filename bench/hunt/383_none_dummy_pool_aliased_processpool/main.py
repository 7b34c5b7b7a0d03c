# none: the wrapper's `ProcessPool` is multiprocessing.dummy.Pool (threads) imported
# under a misleading alias; the lambda never leaves the process.
from conc import pmap


def main():
    factor = 5
    print(pmap(lambda n: n * factor, [1, 2, 3]))


if __name__ == "__main__":
    main()
