# picklefix-test: refused
from multiprocessing import Pool


def main():
    log = open("log.txt", "w")
    with Pool(2) as pool:
        pool.map(lambda line: log.write(line), ["a\n", "b\n"])  # PKL002
    log.close()


if __name__ == "__main__":
    main()
