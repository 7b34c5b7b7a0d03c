from multiprocessing import Pool


def square(x):
    return x * x


def main():
    key = lambda pair: pair[1]
    with Pool(2) as pool:
        results = pool.map(square, [3, 1, 2])
    print(sorted(enumerate(results), key=key))
    print(sorted(results, key=lambda v: -v))


if __name__ == "__main__":
    main()
