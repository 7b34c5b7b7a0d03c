# Shape: utils/parallel.py parallel_map(func, items, n_jobs) with serial fallback + ProcessPoolExecutor;
# script defines the worker under the __main__ guard, capturing a guard-level variable.
from myproj.utils.parallel import parallel_map

if __name__ == "__main__":
    factor = 3
    def scale(x):
        return x * factor
    print(parallel_map(scale, range(6), n_jobs=2))
