# picklefix-test: refused
from multiprocessing import Pool


def main():
    name = "ada"

    def describe(x):
        return f"{x}: {sorted(locals())}"

    with Pool(2) as pool:
        print(pool.map(describe, [1]))  # PKL003
    print(name)


if __name__ == "__main__":
    main()
