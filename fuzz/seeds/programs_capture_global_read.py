from multiprocessing import Pool

SUFFIX = "!"


def main():
    def exclaim(word):
        return word + SUFFIX

    with Pool(2) as pool:
        print(pool.map(exclaim, ["a", "b"]))  # PKL003


if __name__ == "__main__":
    main()
