from multiprocessing import Pool


def main():
    scale = 10
    c = "not the comprehension variable"
    rows = [[1, 2], [3]]
    with Pool(2) as pool:
        print(pool.map(lambda row: [c * scale for c in row], rows))  # PKL002
    print(c)


if __name__ == "__main__":
    main()
