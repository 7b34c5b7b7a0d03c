from multiprocessing import Pool


def outer(values):
    base = 100

    def middle(step):
        def inner(x):
            return base + step * x

        with Pool(2) as pool:
            return pool.map(inner, values)  # PKL003

    return middle(2)


if __name__ == "__main__":
    print(outer([1, 2]))
