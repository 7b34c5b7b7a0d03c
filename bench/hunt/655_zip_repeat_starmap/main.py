# Shape: wrapper sends fn to workers as data: pool.starmap(_apply, zip(itertools.repeat(fn), xs)).
from lib.par import pmap

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print(pmap(f, [1, 2]))
