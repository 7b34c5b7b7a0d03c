from multiprocessing import Pool


def with_lambda():
    with Pool(2) as pool:
        return list(pool.imap(lambda x: x * 10, range(4)))  # PKL002


def with_nested():
    def label(x):
        return f"item-{x}"

    with Pool(2) as pool:
        return [text for text in pool.imap(label, range(3), chunksize=2)]  # PKL003


if __name__ == "__main__":

    def is_even(x):
        return x % 2 == 0

    print(with_lambda())
    print(with_nested())
    with Pool(2) as pool:
        for flag in pool.imap(is_even, [1, 2, 3]):  # PKL001
            print(flag)
