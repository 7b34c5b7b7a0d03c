# shape: code-corpus excerpt 'Parallel evaluation helpers' parallel_map(fn, items, workers) -- called with workers=2
from pkg.par import parallel_map

if __name__ == "__main__":
    k = 2
    print(parallel_map(lambda x: x - k, [5, 6], workers=2))
