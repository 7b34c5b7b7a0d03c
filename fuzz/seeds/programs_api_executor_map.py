from concurrent.futures import ProcessPoolExecutor


def with_lambda():
    with ProcessPoolExecutor(max_workers=2) as executor:
        return list(executor.map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6]))  # PKL002


def with_nested():
    def initial(word):
        return word[0]

    with ProcessPoolExecutor(max_workers=2) as executor:
        return "".join(
            executor.map(initial, ["pickle", "is", "good"], timeout=10)  # PKL003
        )


if __name__ == "__main__":

    def double(x):
        return 2 * x

    print(with_lambda())
    print(with_nested())
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(double, range(3), chunksize=2)))  # PKL001
