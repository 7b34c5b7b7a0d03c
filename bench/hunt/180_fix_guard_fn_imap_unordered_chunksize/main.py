# fix: a guard function, using a module imported under the guard and a guard dict,
# handed to a wrapper of another package over Pool.imap_unordered with chunksize; caller
# sorts.
from batch import run_unordered

if __name__ == "__main__":
    import math

    weights = {"a": 2, "b": 3, "c": 5}

    def score(key):
        return key, math.isqrt(weights[key] * 100)

    print(sorted(run_unordered(score, list(weights), chunksize=2)))
