from sk.batch import sort_then_map
from sk.work import measure


def main():
    weight = {"b": 0, "a": 1}
    words = ["apple", "bob", "cherry"]
    print(sort_then_map(measure, words, key=lambda w: (weight.get(w[0], 9), w)))


if __name__ == "__main__":
    main()
