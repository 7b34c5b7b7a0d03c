from multiprocessing import Pool


def main():
    factor = 7
    fn = lambda x: x * factor
    with Pool(2) as pool:
        print(pool.map(fn, [1, 2, 3]))  # PKL002


if __name__ == "__main__":
    main()
