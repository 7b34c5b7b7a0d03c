# Shape: Runner(use_processes=False) bool flag -> thread pool; a capturing lambda is fine
from lib import Runner


def main():
    offset = 10
    runner = Runner(use_processes=False)
    print(runner.map(lambda x: x + offset, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
