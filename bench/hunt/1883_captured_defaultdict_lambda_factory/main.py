# shape: the nested worker reads a defaultdict(lambda: 0) built in main(); passing it as an argument pickles its lambda default_factory (the factory has to be lifted too, or the lift refused)
from collections import defaultdict

from pkg.bg import run_in_background


def main():
    counts = defaultdict(lambda: 0)
    for w in "a b a c a".split():
        counts[w] += 1

    def report(word):
        print(word, counts[word], flush=True)

    print("exit", run_in_background(report, "a"))


if __name__ == "__main__":
    main()
