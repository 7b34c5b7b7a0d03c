from multiprocessing.pool import ThreadPool


def main():
    offset = 10

    def shift(x):
        return x + offset

    with ThreadPool(2) as pool:
        print(pool.map(lambda x: x * 2, [1, 2]))
        print(pool.map(shift, [1, 2]))
        print(pool.apply_async(lambda: "async").get(timeout=10))


if __name__ == "__main__":
    main()
