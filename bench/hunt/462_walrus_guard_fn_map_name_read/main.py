# BROKEN (expect refuse): `p.map(f := work, xs)` with a guard-defined `work`, then
# `print(f.__name__)`. The fix makes `f := functools.partial(work, k=k)`, and `f.__name__` raises
# AttributeError under spawn and forkserver (fork printed `work`).
from multiprocessing import Pool

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    with Pool(2) as p:
        print(p.map(f := work, [1, 2]))
    print(f.__name__)
