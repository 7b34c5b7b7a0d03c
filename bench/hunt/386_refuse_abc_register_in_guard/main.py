# refuse: main() registers Square as a virtual subclass of the abstract Shape before
# handing the nested `describe` over. A forked child inherits the ABC registry, so
# isinstance(Square(2), Shape) is True there; a spawned child of the lifted function
# imports `shapes` afresh without the registration and prints False instead.
from shapes import Blob, Shape, Square, run_each


def main():
    Shape.register(Square)
    unit = "m2"

    def describe(obj):
        kind = "shape" if isinstance(obj, Shape) else "other"
        return f"{kind}:{obj.area()}{unit}"

    print(run_each(describe, [Square(2), Blob()]))


if __name__ == "__main__":
    main()
