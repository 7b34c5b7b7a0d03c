# Shape: Executor(threads=True) -> ThreadPool; nested function is fine
from lib import Executor


def main():
    prefix = "item"

    def label(x):
        return f"{prefix}-{x}"

    print(Executor(threads=True).map(label, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
