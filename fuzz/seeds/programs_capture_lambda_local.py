from multiprocessing import Pool


def scale(values, factor):
    with Pool(2) as pool:
        return pool.map(lambda v: v * factor, values)  # PKL002


if __name__ == "__main__":
    print(scale([1, 2, 3], 3))
