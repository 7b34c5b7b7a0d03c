# Shape: executor factory get_executor(n) in another module; wrapper does `with get_executor(n) as ex: ex.map(...)`.
from lib.par import pmap

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print(pmap(f, [1, 2]))
