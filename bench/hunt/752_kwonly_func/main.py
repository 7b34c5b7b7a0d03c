# SHAPE: wrapper with keyword-only callable parameter: parallel(items, *, func, workers=2) -> Pool.map
# OBSERVED: OK - correct
from pkg.parallel import parallel

if __name__ == "__main__":
    bonus = 5

    def add_bonus(x):
        return x + bonus

    print(parallel([1, 2, 3], workers=2, func=add_bonus))
