from multiprocessing import Pool

if __name__ == "__main__":
    offset = 1

    def bump(x):
        return x + offset

    print("direct:", bump(1))
    with Pool(2) as pool:
        print(pool.map(bump, [1, 2]))  # PKL001
