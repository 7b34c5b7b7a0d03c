from multiprocessing import Pool


def main():
    if (pool := Pool(2)) is not None:
        print(pool.map(lambda x: x * -1, [4, 5]))  # PKL002
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
