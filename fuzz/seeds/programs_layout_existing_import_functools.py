import functools
from multiprocessing import Pool


@functools.lru_cache(maxsize=None)
def base():
    return 1000


def main():
    bonus = 7
    with Pool(2) as pool:
        print(pool.map(lambda x: x + bonus + base(), [1, 2]))  # PKL002


if __name__ == "__main__":
    main()
