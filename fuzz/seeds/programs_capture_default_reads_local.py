from multiprocessing import Pool


def main():
    limit = 10

    def clip(x, upper=limit):
        return min(x, upper)

    with Pool(2) as pool:
        print(pool.map(clip, [5, 50]))  # PKL003


if __name__ == "__main__":
    main()
