# shape: parallel_map(fn, items, backend=...) picks ThreadPoolExecutor or ProcessPoolExecutor by argument; main passes backend="thread" with a lambda -- nothing to report
from core.par import parallel_map

if __name__ == "__main__":
    k = 3
    print(parallel_map(lambda x: x * k, [1, 2, 3], backend="thread"))
