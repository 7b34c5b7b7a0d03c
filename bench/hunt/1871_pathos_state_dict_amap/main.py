# shape: pathos-style ProcessPool(nodes=2) keeps Pools in a module-level _STATE dict keyed by nodes; map(f, *args) / amap(f, *args) starmap(_async) over zip(*args) -- guard def
from pkg.pools import ProcessPool

if __name__ == "__main__":
    unit = 10

    def dist(x, y):
        return (x * x + y * y) * unit

    pool = ProcessPool(nodes=2)
    print(pool.map(dist, [1, 2], [3, 4]))
    print(pool.amap(dist, [5], [6]).get())
    pool.clear()
