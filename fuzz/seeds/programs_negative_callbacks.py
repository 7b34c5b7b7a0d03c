from multiprocessing import Pool


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


def main():
    results = []
    errors = []

    def on_result(value):
        results.append(value)

    with Pool(2) as pool:
        pool.apply_async(square, (3,), callback=lambda value: results.append(value))
        pool.apply_async(square, (4,), callback=on_result)
        pool.map_async(square, [1, 2], callback=lambda values: results.extend(values))
        pool.apply_async(
            fail, (5,), error_callback=lambda error: errors.append(str(error))
        )
        pool.starmap_async(
            fail, [(6,)], None, None, lambda error: errors.append(str(error))
        )
        pool.close()
        pool.join()
    print(sorted(results))
    print(sorted(errors))


if __name__ == "__main__":
    main()
