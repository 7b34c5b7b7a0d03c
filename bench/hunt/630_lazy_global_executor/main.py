# Shape: library keeps a lazily created module-global ProcessPoolExecutor (_get_executor with `global`); submit() wrapper returns futures.
from lib.par import submit, shutdown

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    futs = [submit(f, i) for i in (1, 2)]; print([x.result() for x in futs]); shutdown()
