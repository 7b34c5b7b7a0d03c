from multiprocessing import Pool


def scale(values, factor, offset, divisor):
    with Pool(2) as pool:
        return pool.map(
            lambda v: (v * factor + offset) // divisor,  # PKL002
            values,
        )


if __name__ == "__main__":
    print(scale([1, 2, 3], 10, 5, 2))
