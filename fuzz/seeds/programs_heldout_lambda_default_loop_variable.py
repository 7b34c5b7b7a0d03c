from multiprocessing import Pool


def main():
    with Pool(2) as pool:
        rs = [
            pool.apply_async(lambda x, i=i: x * 10 + i, (i,))  # PKL002
            for i in range(3)
        ]
        print([r.get(5) for r in rs])


if __name__ == "__main__":
    main()
