from multiprocessing import Pool

if "__main__" == __name__:
    def work(x):
        return -x

    with Pool(2) as pool:
        print(pool.map(work, [1, 2]))  # PKL001
