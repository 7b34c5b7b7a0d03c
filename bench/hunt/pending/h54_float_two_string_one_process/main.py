# shape: n_jobs == 1 picks thread; caller passes 2.0 / "1" (str != 1) -> process pool via submit
# OBSERVED: OK - finding + correct fix
from pkg.pools import run_all

if __name__ == "__main__":
    off = 5
    print(run_all(lambda i: i + off, [1, 2], n_jobs=2.0))
    print(run_all(lambda i: i - off, [1, 2], "1"))
