# fix: the guard function handed to the pool calls another guard function and a guard lambda,
# neither handed over.
from multiprocessing import Pool

if __name__ == "__main__":
    offset = 2
    clean = lambda s: s.strip().lower()

    def shift(n):
        return n + offset

    def work(word):
        return f"{clean(word)}:{shift(len(word))}"

    with Pool(2) as pool:
        print(pool.map(work, [" Ab ", "CDE"]))
