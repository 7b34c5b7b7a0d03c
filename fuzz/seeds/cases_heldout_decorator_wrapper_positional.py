# picklefix-test: refused
from multiprocessing import Pool


def logged(fn):
    def wrapper(*a):
        return ("logged", fn(*a))

    wrapper.__qualname__ = fn.__qualname__
    return wrapper


def main():
    base = 10

    @logged
    def add(x):
        return x + base

    with Pool(2) as pool:
        print(pool.map(add, [1, 2]))  # PKL003


if __name__ == "__main__":
    main()
