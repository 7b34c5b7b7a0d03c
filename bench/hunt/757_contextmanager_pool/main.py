# SHAPE: @contextmanager worker_pool() in pkg.pools yields a multiprocessing Pool; main uses `with worker_pool() as p: p.starmap(fn, ...)`
# OBSERVED: OK - correct
from pkg.pools import worker_pool

if __name__ == "__main__":
    unit = "kg"

    def fmt(name, qty):
        return f"{name}={qty}{unit}"

    with worker_pool() as p:
        print(sorted(p.starmap(fmt, [("a", 1), ("b", 2)])))
