# fix: MISS (across files): `class Par: map = staticmethod(_pmap)`, where `_pmap(fn, xs)` is a
# Pool.map wrapper. `Par.map(work, xs)` with a guard-defined `work` is not reported (calling
# `_pmap` directly is). Under spawn the pool workers fail with AttributeError and the map hangs.
from par.run import Par

if __name__ == "__main__":
    def work(x):
        return x - 1

    print(Par.map(work, [3, 4]))
