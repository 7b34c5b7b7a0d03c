import multiprocessing as mp


def main():
    def shout(word):
        return word.upper()

    with mp.Pool(processes=2) as pool:
        print(pool.map(shout, ["ada", "grace"]))  # PKL003


if __name__ == "__main__":
    main()
