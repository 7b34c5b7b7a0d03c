from multiprocessing import Pool


def main():
    suffix = "-crlf"

    def tag(word):
        return word + suffix

    with Pool(2) as pool:
        print(pool.map(tag, ["a", "b"]))  # PKL003


if __name__ == "__main__":
    main()
