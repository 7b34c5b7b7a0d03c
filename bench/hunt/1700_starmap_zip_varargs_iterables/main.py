# shape: pstarmap(fn, *iterables) -> Pool.starmap(fn, zip(*iterables)); guard fn of two args
from pkg.par import pstarmap

if __name__ == "__main__":
    scale = 10

    def combine(a, b):
        return a * scale + b

    print(pstarmap(combine, [1, 2], [3, 4]))
