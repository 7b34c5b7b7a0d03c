from multiprocessing import Pool


def main():
    k = 2

    def work(x):
        return x * k

    job = work
    with Pool(2) as pool:
        print(pool.map(job, [1, 2]))  # PKL003


if __name__ == "__main__":
    main()
