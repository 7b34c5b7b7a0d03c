# Shape: ParallelMap(mode="processes"), executor class from a module-level dict lookup in __init__; guard function
from lib.pmap import ParallelMap

if __name__ == "__main__":
    def double(x):
        return 2 * x

    pm = ParallelMap(mode="processes")
    print(pm.map(double, [1, 2, 3]), flush=True)
