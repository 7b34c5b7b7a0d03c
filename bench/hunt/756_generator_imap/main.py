# SHAPE: generator wrapper iter_results(fn, xs) does `yield from pool.imap_unordered(fn, xs)`; re-exported via pkg/__init__ __all__
# OBSERVED: OK - correct
from pkg import iter_results

if __name__ == "__main__":
    width = 3

    def pad(x):
        return str(x).zfill(width)

    print(sorted(iter_results(pad, [1, 22, 333])))
