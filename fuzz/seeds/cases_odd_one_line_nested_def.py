from multiprocessing import Pool


def main():
    bump = 1
    def inc(x): return x + bump
    with Pool(2) as pool: print(pool.map(inc, [1, 2]))  # PKL003


if __name__ == "__main__":
    main()
