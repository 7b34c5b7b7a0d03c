from multiprocessing import Pool


def main():
    base = 100

    def offset(x):
        return base + x

    print("direct:", offset(1))
    with Pool(2) as pool:
        print("pool:", pool.map(offset, [1, 2]))  # PKL003
    callbacks = [offset]
    print("direct again:", offset(5), callbacks[0](6))


if __name__ == "__main__":
    main()
