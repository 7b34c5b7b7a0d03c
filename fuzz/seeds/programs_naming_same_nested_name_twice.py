from multiprocessing import Pool


def first():
    def task(x):
        return x + 1

    with Pool(2) as pool:
        return pool.map(task, [1])  # PKL003


def second():
    def task(x):
        return x + 2

    with Pool(2) as pool:
        return pool.map(task, [1])  # PKL003


if __name__ == "__main__":
    print(first(), second())
