from multiprocessing import Pool


def with_lambda():
    with Pool(2) as pool:
        pending = pool.map_async(lambda s: s[::-1], ["abc", "de"])  # PKL002
        return pending.get(timeout=10)


def with_nested():
    def square(x):
        return x * x

    with Pool(2) as pool:
        pending = pool.map_async(square, range(5))  # PKL003
        return pending.get(timeout=10)


if __name__ == "__main__":

    def halve(x):
        return x / 2

    print(with_lambda())
    print(with_nested())
    with Pool(2) as pool:
        print(pool.map_async(halve, [2, 5]).get(timeout=10))  # PKL001
