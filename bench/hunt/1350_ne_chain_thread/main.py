# class preset to None, nested ifs with not-equal and equal on backend, then a None check; all callers pass thread with lambdas -> thread
from pkg.par import pmap


def double_all(items):
    return pmap(lambda x: 2 * x, items, backend="thread")


if __name__ == "__main__":
    print(pmap(lambda x: x * x, [1, 2, 3], backend="thread"))
    print(double_all([1, 2, 3]))
