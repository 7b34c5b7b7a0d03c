# REFUSE: map_indexed() counts the callable's parameters with inspect.signature.
# A lift hands over functools.partial(_lifted, sep=sep), whose signature has three
# parameters (i, x, *, sep), so the wrapper would call it with the item alone.
from sig.indexed import map_indexed


def main():
    sep = "#"
    print(map_indexed(lambda i, x: f"{x}{sep}{i}", ["a", "b", "c"]))


if __name__ == "__main__":
    main()
