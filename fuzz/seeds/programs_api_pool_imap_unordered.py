from multiprocessing import Pool


def with_lambda():
    with Pool(2) as pool:
        return sorted(pool.imap_unordered(lambda x: x - 1, [5, 3, 9]))  # PKL002


def with_nested():
    def length(word):
        return len(word)

    with Pool(2) as pool:
        return sorted(pool.imap_unordered(length, ["a", "abc", "ab"]))  # PKL003


if __name__ == "__main__":

    def cube(x):
        return x**3

    print(with_lambda())
    print(with_nested())
    with Pool(2) as pool:
        print(sum(pool.imap_unordered(cube, range(4))))  # PKL001
