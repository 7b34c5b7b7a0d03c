from multiprocessing import Pool


def main():
    unit = "cm"

    def fmt(x):
        return f"{x}{unit}"

    def measure(x):
        return fmt(x * 2)

    with Pool(2) as pool:
        print(pool.map(measure, [1, 2]))  # PKL003


if __name__ == "__main__":
    main()
