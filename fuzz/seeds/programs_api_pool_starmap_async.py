from multiprocessing import Pool


def with_lambda():
    with Pool(2) as pool:
        pending = pool.starmap_async(lambda a, b: a * b, [(2, 3), (4, 5)])  # PKL002
        return pending.get(timeout=10)


def with_nested():
    def between(low, high):
        return list(range(low, high))

    with Pool(2) as pool:
        pending = pool.starmap_async(between, [(0, 2), (5, 8)])  # PKL003
        return pending.get(timeout=10)


if __name__ == "__main__":

    def pair(a, b):
        return (b, a)

    print(with_lambda())
    print(with_nested())
    with Pool(2) as pool:
        print(pool.starmap_async(pair, [(1, "x")]).get(timeout=10))  # PKL001
