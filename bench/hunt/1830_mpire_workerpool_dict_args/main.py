# shape: mpire-style `with WorkerPool(n_jobs=2) as pool: pool.map(func, iterable_of_args)`; map builds [(func, args)] and starmaps a module-level _call that unpacks dict/tuple args -- guard def
from pkg.mpire import WorkerPool

if __name__ == "__main__":
    scale = 10

    def area(w, h):
        return w * h * scale

    with WorkerPool(n_jobs=2) as pool:
        print(pool.map(area, [{"w": 1, "h": 2}, (3, 4), {"h": 1, "w": 5}]))
