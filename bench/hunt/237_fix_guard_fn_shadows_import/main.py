# fix: the guard redefines `score`, a name main.py imports from scoring.py. Forked, the pool
# workers find the guard's function ([3, 6, 9]); spawned, pickle finds the imported one by the
# name __main__.score and silently runs it ([2, 3, 4]).
from multiprocessing import Pool

from scoring import score

if __name__ == "__main__":
    weight = 3

    def score(x):
        return x * weight

    with Pool(2) as pool:
        print(pool.map(score, [1, 2, 3]))
