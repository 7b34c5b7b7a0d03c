# shape: code-corpus excerpt 'def default_n_jobs ... def parallel_map(items, fn, n_jobs)' -- items-first signature, callable passed by keyword, futures dict + as_completed
from pkg.par import parallel_map

if __name__ == "__main__":
    k = 2
    print(parallel_map([1, 2, 3], fn=lambda v: v ** k))
