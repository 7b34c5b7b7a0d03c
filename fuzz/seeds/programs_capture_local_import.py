from multiprocessing import Pool


def main():
    import math

    with Pool(2) as pool:
        print(pool.map(lambda x: math.sqrt(x), [4, 9]))  # PKL002


if __name__ == "__main__":
    main()
