# shape: iter_results(fn, items) generator yields (item, result) via as_completed over ProcessPoolExecutor.submit; main sorts
from pkg.stream import iter_results

if __name__ == "__main__":
    offset = 1

    def inc(x):
        return x + offset

    print(sorted(iter_results(inc, [3, 1, 2])))
