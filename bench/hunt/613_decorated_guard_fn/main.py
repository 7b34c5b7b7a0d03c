# Shape: guard worker decorated with a project decorator (functools.wraps based).
from lib.par import pmap
from lib.deco import tagged

if __name__ == "__main__":
    k = 5
    @tagged("T")
    def f(x):
        return x + k
    print(pmap(f, [1, 2]))
