from multiprocessing import Pool

square = lambda x: x * x

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(square, [1, 2, 3]))  # PKL002
