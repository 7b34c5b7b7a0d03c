# shape: submit_many(executor, fn, arglists, **common) forwards common kwargs to every submit; caller uses concurrent.futures.wait -- nested fn
from concurrent.futures import ProcessPoolExecutor, wait

from batch.submit import submit_many


def main():
    sep = "="

    def fmt(key, val, upper=False):
        s = f"{key}{sep}{val}"
        return s.upper() if upper else s

    with ProcessPoolExecutor(2) as ex:
        futs = submit_many(ex, fmt, [("a", 1), ("b", 2)], upper=False)
        done, _ = wait(futs)
        print(sorted(f.result() for f in done))


if __name__ == "__main__":
    main()
