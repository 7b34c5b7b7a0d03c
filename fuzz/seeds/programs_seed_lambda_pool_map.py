from multiprocessing import Pool


def run_process():
    print("This is a separate process.")


if __name__ == "__main__":
    with Pool(2) as pool:
        squares = pool.map(lambda x: x * x, [1, 2, 3, 4])  # PKL002
    print(squares)
