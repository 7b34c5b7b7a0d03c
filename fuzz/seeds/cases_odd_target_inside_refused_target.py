from multiprocessing import Pool, Process


def run(factor):
    def scale(x):
        return x * factor

    def supervise(n):
        with Pool(2) as pool:
            print(pool.map(scale, range(n)), eval("n"))  # PKL003

    p = Process(target=supervise, args=(4,))  # PKL003
    p.start()
    p.join()


if __name__ == "__main__":
    run(3)
