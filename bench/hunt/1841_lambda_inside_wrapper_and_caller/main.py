# shape: keyed_map(fn, items) maps `lambda x: (x, fn(x))` over a Pool (a lambda in the library capturing the parameter), and the caller passes a lambda too
from pkg.par import keyed_map

if __name__ == "__main__":
    k = 5
    print(keyed_map(lambda x: x % k, [3, 7, 12]))
