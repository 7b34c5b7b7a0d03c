from multiprocessing import Pool, Process


def run_plain():
    def square(x):
        return x * x

    def supervise(n):
        with Pool(2) as pool:
            print(pool.map(square, range(n)))  # PKL003

    p = Process(target=supervise, args=(4,))  # PKL003
    p.start()
    p.join()
    if p.exitcode != 0:
        raise SystemExit(p.exitcode)


def run_scaled(factor):
    def scale(x):
        return x * factor

    def supervise(n):
        with Pool(2) as pool:
            print(pool.map(scale, range(n)))  # PKL003

    p = Process(target=supervise, args=(3,))  # PKL003
    p.start()
    p.join()
    if p.exitcode != 0:
        raise SystemExit(p.exitcode)


if __name__ == "__main__":
    run_plain()
    run_scaled(5)
