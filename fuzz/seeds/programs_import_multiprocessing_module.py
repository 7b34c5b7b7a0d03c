import multiprocessing


def main():
    with multiprocessing.Pool(2) as pool:
        print(pool.map(lambda word: word.title(), ["ada", "grace"]))  # PKL002


if __name__ == "__main__":
    main()
