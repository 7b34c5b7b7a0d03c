# shape: helper submit_all(executor, fn, items) returns {future: item}; caller loops as_completed; executor made in main, fn nested
from concurrent.futures import ProcessPoolExecutor, as_completed

from scrape.batch import submit_all


def main():
    power = 2

    def work(x):
        return x ** power

    out = []
    with ProcessPoolExecutor(2) as ex:
        futs = submit_all(ex, work, [1, 2, 3, 4])
        for f in as_completed(futs):
            out.append(f.result())
    print(sorted(out))


if __name__ == "__main__":
    main()
