# Shape: wrapper imported under an alias (`from lib.par import pmap as parallel`), module imported as alias too.
from lib.par import pmap as parallel
import lib.par as P

if __name__ == "__main__":
    c = 2
    def f(x):
        return x * c
    def g(x):
        return x - c
    print(parallel(f, [1, 2]), P.pmap(g, [5]))
