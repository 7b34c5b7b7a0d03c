# shape: Engine.map_fine = functools.partialmethod(_run, chunksize=1); _run hands fn to Pool.map -- a guard def through a partialmethod of another module
from pkg.engine import Engine

if __name__ == "__main__":
    offset = 100

    def shift(x):
        return x + offset

    eng = Engine(2)
    print(eng.map_fine(shift, [1, 2, 3]))
    print(eng.map_coarse(shift, range(5)))
