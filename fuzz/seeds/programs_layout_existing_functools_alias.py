import functools as ft
from multiprocessing import Pool


def main():
    words = ["x", "y"]
    sep = "/"
    joined = ft.reduce(lambda a, b: a + sep + b, words)
    with Pool(2) as pool:
        print(pool.map(lambda w: w + sep + joined, words))  # PKL002


if __name__ == "__main__":
    main()
