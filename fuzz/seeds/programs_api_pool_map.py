from multiprocessing import Pool


def with_lambda():
    with Pool(2) as pool:
        return pool.map(lambda x: x + 1, [1, 2, 3])  # PKL002


def with_nested():
    def add_two(x):
        return x + 2

    with Pool(2) as pool:
        return pool.map(add_two, [1, 2, 3])  # PKL003


if __name__ == "__main__":

    def add_three(x):
        return x + 3

    print(with_lambda())
    print(with_nested())
    with Pool(2) as pool:
        print(pool.map(add_three, [1, 2, 3], chunksize=1))  # PKL001
