from multiprocessing import Pool


def with_lambda():
    with Pool(2) as pool:
        return pool.starmap(lambda a, b: a + b, [(1, 2), (3, 4)])  # PKL002


def with_nested():
    def power(base, exponent):
        return base**exponent

    with Pool(2) as pool:
        return pool.starmap(power, [(2, 3), (3, 2)])  # PKL003


if __name__ == "__main__":

    def join_words(*words):
        return "-".join(words)

    print(with_lambda())
    print(with_nested())
    with Pool(2) as pool:
        print(pool.starmap(join_words, [("a", "b"), ("c", "d", "e")]))  # PKL001
