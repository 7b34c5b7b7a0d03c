# Shape: pstarmap(fn, arg_tuples) wrapper using Pool.starmap.
from lib.par import pstarmap

if __name__ == "__main__":
    k = 10
    def combine(a, b):
        return a * k + b
    print(pstarmap(combine, [(1, 2), (3, 4)]))
