# picklefix-test: refused
from multiprocessing import Pool


def main():
    ops = {"sq": lambda v: v * v}

    def apply(x):
        return ops["sq"](x)

    with Pool(2) as pool:
        print(pool.map(apply, [1, 2]))  # PKL003


if __name__ == "__main__":
    main()
