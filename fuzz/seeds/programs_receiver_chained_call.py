import multiprocessing


def main():
    def inc(x):
        return x + 1

    print(multiprocessing.Pool(2).map(inc, [1, 2, 3]))  # PKL003


if __name__ == "__main__":
    main()
