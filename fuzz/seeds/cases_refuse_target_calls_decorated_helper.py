# picklefix-test: refused
from multiprocessing import Pool


def counted(fn):
    calls = []

    def wrapper(*args, **kwargs):
        calls.append(args)
        return fn(*args, **kwargs)

    return wrapper


def main(offset):
    @counted
    def shift(x):
        return x + offset

    def work(x):
        return shift(x) * 2

    with Pool(2) as pool:
        print(pool.map(work, [1, 2]))  # PKL003


if __name__ == "__main__":
    main(10)
