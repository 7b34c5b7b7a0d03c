# Shape: Backend(backend="thread") string -> thread pool; capturing lambda is fine
from lib.backend import Backend


def main():
    power = 3
    print(Backend(backend="thread").map(lambda x: x ** power, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
