# picklefix-test: refused
from multiprocessing import Pool


def main():
    class Point:
        def __init__(self, x):
            self.x = x

    def make(x):
        return Point(x).x

    with Pool(2) as pool:
        print(pool.map(make, [1, 2]))  # PKL003


if __name__ == "__main__":
    main()
