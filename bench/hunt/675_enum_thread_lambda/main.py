# Shape: Runner(kind=Kind.THREAD) enum -> thread pool; capturing lambda is fine
from lib import Kind, Runner


def main():
    base = 100
    print(Runner(kind=Kind.THREAD).map(lambda x: base - x, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
