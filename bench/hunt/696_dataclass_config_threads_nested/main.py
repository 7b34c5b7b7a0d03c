# Shape: Runner(Config(processes=False)) -> threads; nested function is fine
from lib import Config, Runner


def main():
    m = 3

    def mul(x):
        return x * m

    print(Runner(Config(processes=False)).map(mul, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
