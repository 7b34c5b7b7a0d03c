from multiprocessing import Pool

if __name__ != "__main__":
    # Defined when imported (also in a spawned worker, as __mp_main__): picklable.
    def in_workers(x):
        return x * 10
else:
    def in_workers(x):
        return x * 10

    def only_in_main(x):
        return x + 1

    with Pool(2) as pool:
        print(pool.map(only_in_main, [1, 2]))  # PKL001
