from multiprocessing import Pool


def work(x):
    return "the module's own work"


def main():
    def work(x):
        return x * 2

    with Pool(2) as pool:
        print(pool.map(work, [1, 2]))  # PKL003


if __name__ == "__main__":
    main()
    print(work(0))
