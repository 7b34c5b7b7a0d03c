# SHAPE: NEGATIVE - joblib-style parallel_apply(fn, xs, n_jobs=1) runs inline in the parent when n_jobs == 1 (the default); main never asks for more jobs; nested fn
# OBSERVED: OK - correct
from pkg.parallel import parallel_apply


def main():
    k = 11

    def add(x):
        return x + k

    print(parallel_apply(add, [1, 2, 3]))


if __name__ == "__main__":
    main()
