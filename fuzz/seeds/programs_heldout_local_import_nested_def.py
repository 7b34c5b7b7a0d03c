from multiprocessing import Pool


def main():
    import math

    def root(x):
        return math.sqrt(x)

    with Pool(2) as pool:
        print(pool.map(root, [4, 9]))  # PKL003


if __name__ == "__main__":
    main()
