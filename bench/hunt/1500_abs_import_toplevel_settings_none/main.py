# shape: top-level settings.py True, pkg/settings.py False, par: from settings import (threads at runtime)
# OBSERVED: reported (fixable): absolute `from settings import` in pkg/par.py resolved to sibling pkg/settings.py (False) instead of top-level settings.py (True, threads).
from pkg.par import run_each


def main():
    k = 3
    print(run_each(lambda x, q: q.put(x * k), [1, 2, 3]))


if __name__ == "__main__":
    main()
