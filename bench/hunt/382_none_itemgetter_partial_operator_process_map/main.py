# none: operator.itemgetter, functools.partial of operator.mul and a bound method of a
# module-level str all pickle by value or reference: nothing to fix.
import functools
import operator

from fast import pmap


def main():
    rows = [("a", 3), ("b", 1), ("c", 2)]
    print(pmap(operator.itemgetter(1), rows))
    print(pmap(functools.partial(operator.mul, 4), [1, 2, 3]))
    print(pmap("-".join, [["x", "y"], ["z"]]))


if __name__ == "__main__":
    main()
