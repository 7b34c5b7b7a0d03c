# picklefix-test: refused
from multiprocessing import Pool
from shapes import *  # may bind `area`, `pi`, or anything else: the module's names are unknown


def main():
    def area(r):
        return pi * r * r

    with Pool(2) as pool:
        print(pool.map(area, [1, 2]))  # PKL003
    print(perimeter(1))


if __name__ == "__main__":
    main()
