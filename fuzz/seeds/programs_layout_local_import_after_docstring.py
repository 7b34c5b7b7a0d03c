from multiprocessing import Pool


def main():
    import math

    def root(x):
        """Square root."""
        return math.sqrt(x)

    def floor(x):
        # A comment before the first statement.
        return math.floor(x)

    with Pool(2) as pool:
        print(pool.map(root, [4, 9]))  # PKL003
        print(pool.map(floor, [4.5]))  # PKL003
        print(pool.map(lambda x: math.ceil(x), [4.5]))  # PKL002
    print(root.__doc__)


if __name__ == "__main__":
    main()
