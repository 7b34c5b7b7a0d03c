# Shape: make_pool(n, initializer) wrapper; caller passes a lambda initializer that sets a worker global.
from lib import workerstate
from lib.pools import make_pool

if __name__ == "__main__":
    seed = 42
    with make_pool(2, init=lambda: workerstate.configure(seed)) as pool:
        print(pool.map(workerstate.read, [1, 2, 3]))
