# shape: code-corpus excerpt '"""Parallel evaluation helpers.""" parallel_map(fn, items, workers)' -- serial fallback when workers <= 1; called with workers=1
from pkg.par import parallel_map

if __name__ == "__main__":
    k = 2
    print(parallel_map(lambda x: x - k, [5, 6], workers=1))
