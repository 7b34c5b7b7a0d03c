"""apply_async with a callback lambda (runs in the parent; must stay)."""

from multiprocessing import Pool


def main():
    results = []
    offset = 100

    def compute(x):
        return x + offset

    with Pool(2) as pool:
        for x in range(3):
            pool.apply_async(compute, (x,), callback=lambda r: results.append(r))
        pool.close()
        pool.join()
    print(sorted(results))


if __name__ == "__main__":
    main()
