from multiprocessing import Pool as P


def main():
    with P(2) as workers:
        print(workers.map(lambda n: n % 3, [3, 4, 5]))  # PKL002


if __name__ == "__main__":
    main()
