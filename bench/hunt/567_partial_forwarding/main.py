# Shape: wrapper forwards the user function through functools.partial(_apply, fn) into Pool.imap.
from tools.par import pmap

if __name__ == "__main__":
    add = 5
    def f(x):
        return x + add
    print(pmap(f, [1, 2, 3], workers=2))
