# shape: pmap(fn, items) runs Pool.map inside contextlib.closing(Pool(n)) then join -- lambda (fails under every start method)
from pkg.par import pmap

if __name__ == "__main__":
    k = 7
    print(pmap(lambda x: x * k, [1, 2, 3]))
