from multiprocessing import Pool


def main():
    len = 3

    def pad(text):
        return text.ljust(len, ".")

    with Pool(2) as pool:
        print(pool.map(pad, ["a", "bb"]))  # PKL003


if __name__ == "__main__":
    main()
