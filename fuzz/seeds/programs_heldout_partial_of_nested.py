import functools
from multiprocessing import Pool


def main():
    offset = 5

    def work(sep, x, scale=1):
        return f"{x * scale + offset}{sep}"

    with Pool(2) as pool:
        print(pool.map(functools.partial(work, "!", scale=2), [1, 2]))  # PKL003


if __name__ == "__main__":
    main()
