# refuse: the wrapper's worker picks the call form from `fn.__code__.co_argcount` (one
# argument: the item; two: index and item). Lifting `tag` with its captured `prefix` as
# an extra parameter changes that count (and a functools.partial has no __code__), so
# the worker would call it differently or crash.
from each import map_indexed


def pair(index, word):
    return f"{index}:{word}"


def main():
    prefix = "#"

    def tag(word):
        return prefix + word

    print(map_indexed(tag, ["a", "b"]))
    print(map_indexed(pair, ["c", "d"]))


if __name__ == "__main__":
    main()
