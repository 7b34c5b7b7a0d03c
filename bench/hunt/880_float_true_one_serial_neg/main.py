# shape: n_jobs == 1 picks thread; callers pass 1.0 (float), True, and default -> all thread
# OBSERVED: OK - no finding
from pkg.pools import run_all

if __name__ == "__main__":
    off = 5
    print(run_all(lambda i: i + off, [1, 2], n_jobs=1.0))
    print(run_all(lambda i: i - off, [1, 2], True))
    print(run_all(lambda i: i * off, [1, 2]))
