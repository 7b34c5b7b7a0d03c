# SHAPE: NEGATIVE - multiprocessing.pool.ThreadPool via a factory + wrapper across files; nested fn and lambda
# OBSERVED: OK - correct
from pkg.io import fetch_all


def main():
    base = "http://x/"

    def fetch(path):
        return base + path

    print(fetch_all(fetch, ["a", "b"]))
    print(fetch_all(lambda p: p.upper(), ["c"]))


if __name__ == "__main__":
    main()
