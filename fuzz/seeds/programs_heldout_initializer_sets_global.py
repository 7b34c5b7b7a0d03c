from multiprocessing import Pool


def main(level):
    def init(tag):
        global LEVEL
        LEVEL = f"{tag}:{level}"

    def report(_):
        return LEVEL

    with Pool(2, initializer=init, initargs=("lvl",)) as pool:  # PKL003
        print(sorted(set(pool.map(report, range(4)))))  # PKL003


if __name__ == "__main__":
    main("debug")
