# picklefix-test: refused
from multiprocessing import Pool


def tagged(label):
    def decorate(fn):
        fn.label = label
        return fn

    return decorate


def main():
    label = "local label"

    @tagged(label)
    def work(x):
        return x + 1

    with Pool(2) as pool:
        print(pool.map(work, [1]))  # PKL003


if __name__ == "__main__":
    main()
