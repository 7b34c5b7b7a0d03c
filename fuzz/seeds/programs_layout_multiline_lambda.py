from multiprocessing import Pool


def main():
    offset = 5
    with Pool(2) as pool:
        print(pool.map(
            lambda x: (  # PKL002
                x * 2
                + offset
            ),
            [1, 2],
        ))


if __name__ == "__main__":
    main()
