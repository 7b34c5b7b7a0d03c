# SHAPE: @functools.lru_cache(maxsize=None) get_pool() factory in pkg.pools returns a shared ProcessPoolExecutor; wrapper pkg.ops.pmap uses get_pool().map
# OBSERVED: OK - correct
from pkg.ops import pmap, shutdown

if __name__ == "__main__":
    d = 10

    def div(x):
        return x // d

    print(pmap(div, [25, 47]))
    shutdown()
