from ci.fns import Multiplier
from ci.par import parmap


def main():
    k = 7
    print(parmap(Multiplier(k), [1, 2, 3]))


if __name__ == "__main__":
    main()
