from multiprocessing.pool import Pool


def main():
    def negate(x):
        return -x

    with Pool(2) as pool:
        print(pool.map(negate, [1, 2]))  # PKL003


if __name__ == "__main__":
    main()
