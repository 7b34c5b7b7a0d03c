# picklefix-test: refused
import json
from concurrent.futures import ProcessPoolExecutor


def load(i):
    return config["base"] + i


def count(i):
    return i * limit


def size(i):
    return sizes[i]


def tag(i):
    return prefix + str(i) + suffix


def root(i):
    return m.sqrt(i)


if __name__ == "__main__":
    import math as m

    config = json.loads('{"base": 10}')
    limit = 2
    limit = 3
    sizes = [1, 2]
    prefix = "p"; suffix = "s"
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(load, [1, 2])))  # PKL006
        print(list(ex.map(count, [1, 2])))  # PKL006
        print(list(ex.map(size, [0, 1])))  # PKL006
        print(list(ex.map(tag, [1, 2])))  # PKL006
        print(list(ex.map(root, [4, 9])))  # PKL006
