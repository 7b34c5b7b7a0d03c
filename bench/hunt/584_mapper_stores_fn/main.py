# Shape: ParallelMapper(fn, n) stores fn as attribute in __init__; __call__ maps self.fn over a Pool.
from lib.mapper import ParallelMapper

if __name__ == "__main__":
    inc = 2
    def bump(x):
        return x + inc
    mapper = ParallelMapper(bump, n=2)
    print(mapper([1, 2, 3]))
