# picklefix-test: refused
from multiprocessing import Pool


def main():
    numbers = (n * n for n in range(10))

    def take(_):
        return next(numbers)

    with Pool(2) as pool:
        print(pool.map(take, range(3)))  # PKL003


if __name__ == "__main__":
    main()
