# shape: Progress wrapper class (parent-only, takes a formatter lambda) around Pool.imap_unordered; nested worker fn must be lifted, formatter lambda must not matter
from multiprocessing import Pool

from cli.progress import Progress


def main():
    exp = 3

    def cube(x):
        return x ** exp

    with Pool(2) as pool:
        it = Progress(pool.imap_unordered(cube, [1, 2, 3]), fmt=lambda n: f"{n} done")
        res = sorted(it)
    print(res)


if __name__ == "__main__":
    main()
