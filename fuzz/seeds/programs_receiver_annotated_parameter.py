from concurrent.futures import ProcessPoolExecutor
from multiprocessing.pool import Pool


def squares(pool: Pool, values):
    return pool.map(lambda v: v * v, values)  # PKL002


def lengths(executor: ProcessPoolExecutor, words):
    def size(word):
        return len(word)

    return list(executor.map(size, words))  # PKL003


if __name__ == "__main__":
    with Pool(2) as pool:
        print(squares(pool, [1, 2, 3]))
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(lengths(executor, ["a", "bb"]))
