from multiprocessing import Pool


def outer(a):
    def middle(b):
        def inner(x):
            return x + a + b

        with Pool(2) as pool:
            return pool.map(inner, [1, 2])  # PKL003

    return middle(10)


if __name__ == "__main__":
    print(outer(100))
