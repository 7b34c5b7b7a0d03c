# picklefix-test: refused
from multiprocessing import Pool


def main():
    factor = 3
    with Pool(2) as pool:
        print(pool.map(lambda expr: eval(expr), ["factor * 2"]))  # PKL002
    print(factor)


if __name__ == "__main__":
    main()
