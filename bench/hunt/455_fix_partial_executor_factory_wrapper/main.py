# fix: MISS (across files): `par/run.py` has `make_pool = functools.partial(ProcessPoolExecutor,
# 2)` and `pmap(fn, xs)` maps over `with make_pool() as ex`. The guard-defined `work` handed to
# `pmap` is not reported; under spawn it fails with BrokenProcessPool.
from par.run import pmap

if __name__ == "__main__":
    def work(x):
        return x * 7

    print(pmap(work, [1, 2]))
