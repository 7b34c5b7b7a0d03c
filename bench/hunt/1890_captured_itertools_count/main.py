# shape: the nested worker draws next() from an itertools.count made and advanced in main(); each forked child gets a copy at start, as a pickled argument does
import itertools

from pkg.bg import run_in_background


def main():
    ids = itertools.count(100)
    next(ids)

    def work(tag):
        print(tag, next(ids), flush=True)

    run_in_background(work, "a")
    run_in_background(work, "b")
    print("parent", next(ids))


if __name__ == "__main__":
    main()
