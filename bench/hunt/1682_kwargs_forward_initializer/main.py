# shape: run_pool(fn, items, **pool_kw) forwards initializer= through **kwargs into ProcessPoolExecutor; guard-defined initializer
from pkg.pool import run_pool

CFG = {}


def read_cfg(x):
    return CFG["mult"] * x


if __name__ == "__main__":

    def setup(m):
        CFG["mult"] = m

    print(run_pool(read_cfg, [1, 2, 3], initializer=setup, initargs=(5,)))
