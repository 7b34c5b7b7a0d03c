from multiprocessing import Pool


def main():
    k = 3
    jobs = [(1, 2), (3, 4)]

    def mul(a, b):
        return a * b * k

    with Pool(2) as pool:
        rs = [pool.apply_async(mul, job) for job in jobs]  # PKL003
        print([r.get(5) for r in rs])


if __name__ == "__main__":
    main()
