# Shape: decorated guard worker with no captured variables (decorator from the project, functools.wraps).
from lib.par import pmap
from lib.deco import tagged

if __name__ == "__main__":
    @tagged("T")
    def f(x):
        return x + 1
    print(pmap(f, [1, 2]))
