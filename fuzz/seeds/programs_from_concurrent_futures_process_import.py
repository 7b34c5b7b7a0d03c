from concurrent.futures.process import ProcessPoolExecutor

if __name__ == "__main__":

    def triple(x):
        return 3 * x

    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(triple, [1, 2, 3])))  # PKL001
