# Shape: with Runner(processes=False) as r -> threads; capturing lambda is fine
from lib import Runner


def main():
    m = 3
    with Runner(processes=False) as r:
        print(r.map(lambda x: x * m, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
