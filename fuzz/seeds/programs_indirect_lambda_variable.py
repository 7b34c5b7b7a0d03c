from multiprocessing import Pool


def main():
    factor = 3
    triple = lambda x: x * factor
    negate = lambda x: -x
    with Pool(2) as pool:
        print(pool.map(triple, [1, 2]))  # PKL002
        print(pool.map(negate, [1, 2]))  # PKL002
    print(triple(10), negate(10))


if __name__ == "__main__":
    main()
