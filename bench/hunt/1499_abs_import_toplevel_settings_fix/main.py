# shape: pkg/par.py does `from settings import USE_THREADS` (top-level settings.py False), pkg/settings.py has True
# OBSERVED: no finding: in pkg/par.py the absolute `from settings import USE_THREADS` is resolved to the sibling pkg/settings.py (True) instead of the top-level settings.py (False) Python imports.
from pkg.par import run_each


def main():
    k = 3
    print(run_each(lambda x, q: q.put(x * k), [1, 2, 3]))


if __name__ == "__main__":
    main()
