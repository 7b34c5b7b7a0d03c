from multiprocessing import Pool


def main():
    a, b = 2, 3
    with Pool(2) as pool:
        res = pool.map(
            lambda x: (  # PKL002
                x * a
                + b
            ),
            [1, 2],
            chunksize=1,
        )
    print(res)


if __name__ == "__main__":
    main()
