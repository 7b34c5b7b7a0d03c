# Shape: classmethod constructor Runner.threads(); capturing lambda is fine
from lib.runner import Runner


def main():
    m = 3
    print(Runner.threads().map(lambda x: x * m, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
