# picklefix-test: refused
from multiprocessing import Pool


def main(functools, partial):
    with Pool(2) as pool:
        print(pool.map(lambda x: x * functools * partial, [1, 2, 3]))  # PKL002
