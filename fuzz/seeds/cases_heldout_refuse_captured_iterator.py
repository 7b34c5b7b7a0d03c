# picklefix-test: refused
from multiprocessing import Pool


def main():
    counter = iter(range(100))

    def tag(x):
        return (next(counter), x)

    with Pool(2) as pool:
        print(pool.map(tag, [1, 2]))  # PKL003
