# Shape: base Runner with class attribute use_processes = False -> ThreadPool; capturing lambda is fine
from lib.runners import Runner


def main():
    m = 3
    print(Runner().map(lambda x: x * m, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
