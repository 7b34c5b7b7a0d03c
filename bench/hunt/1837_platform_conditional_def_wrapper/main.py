# shape: pkg/par.py defines pmap twice under `if sys.platform == "win32":` (serial) / `else:` (Pool.map) -- guard def, run on Linux
from pkg.par import pmap

if __name__ == "__main__":
    step = 5

    def bump(x):
        return x + step

    print(pmap(bump, [1, 2, 3]))
