# shape: `serial = n_jobs == 1` then `if serial or len(xs) < 2:` serial path; caller n_jobs=1 -> parent only
# OBSERVED: OK - no finding (correct)
from pkg.par import pmap

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3, 4], n_jobs=1))
