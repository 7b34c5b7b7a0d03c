from multiprocessing import Pool


def main():
    sq = lambda v: v * v

    def work(x):
        return sq(x) + 1

    with Pool(2) as pool:
        print(pool.map(work, [1, 2]))  # PKL003


if __name__ == "__main__":
    main()
