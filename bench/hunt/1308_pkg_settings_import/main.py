# constant imported from pkg/settings.py (False) -> process, must stay reported
from pkg.par import pmap
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
