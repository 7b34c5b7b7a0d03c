# Shape: generator wrapper yields (index, result) with as_completed; caller sorts.
from lib.par import iter_results

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print(sorted(iter_results(f, [1, 2, 3])))
