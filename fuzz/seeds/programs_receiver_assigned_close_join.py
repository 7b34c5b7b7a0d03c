from multiprocessing import Pool


def main():
    pool = Pool(2)
    try:
        print(pool.map(lambda x: x + 100, [1, 2]))  # PKL002
    finally:
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
