# Shape: ByValueRunner ships fn.__code__ + closure values by value (cloudpickle-like) to a process pool; a capturing lambda works under every start method
from lib.byvalue import ByValueRunner


def main():
    m = 3
    print(ByValueRunner().map(lambda x: x * m + 1, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
