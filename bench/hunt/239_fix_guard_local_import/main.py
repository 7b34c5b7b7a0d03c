# fix: the guard imports `math` itself and its function uses it; moved out of the guard, the
# function still needs `math` in a spawned worker.
from multiprocessing import Pool

if __name__ == "__main__":
    import math
    from statistics import mean as avg

    def norm(pair):
        return round(math.hypot(*pair), 3), avg(pair)

    with Pool(2) as pool:
        print(pool.map(norm, [(3, 4), (5, 12)]))
