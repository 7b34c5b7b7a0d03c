# Shape: home-grown joblib clone: Parallel(n_jobs)(delayed(f)(x) for x in xs).
from lib.par import Parallel, delayed

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print(Parallel(n_jobs=2)(delayed(f)(x) for x in [1, 2, 3]))
