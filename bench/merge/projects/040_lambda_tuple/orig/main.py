"""Apply a tuple of lambdas through apply_async."""

from multiprocessing import Pool

if __name__ == "__main__":
    step = 3
    with Pool(2) as pool:
        handles = [
            pool.apply_async(fn, (10,))
            for fn in (lambda v: v + step, lambda v: v * step)
        ]
        print([h.get() for h in handles])
