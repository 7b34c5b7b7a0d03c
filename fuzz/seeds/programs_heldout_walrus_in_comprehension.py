from multiprocessing import Pool


def main():
    with Pool(2) as pool:
        rs = [
            pool.apply_async(lambda: y + 1)  # PKL002
            for x in range(4)
            if (y := x * 2) > 1
        ]
        print([r.get(5) for r in rs])


if __name__ == "__main__":
    main()
