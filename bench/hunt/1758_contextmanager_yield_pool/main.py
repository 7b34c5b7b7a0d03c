# shape: @contextmanager in a package yielding a Pool; main maps a lambda over the yielded pool
from util.pools import worker_pool

if __name__ == "__main__":
    bang = "!"
    with worker_pool(2) as pool:
        print(pool.map(lambda s: s.upper() + bang, ["a", "b", "c"]))
