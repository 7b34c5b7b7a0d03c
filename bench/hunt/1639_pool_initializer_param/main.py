# shape: popgenmethods/smcpp smcpp/pool.py + lucas-six/python-cookbook recipes/core/process_pool.md -- a pool factory forwarding initializer/initargs; initializer defined under the __main__ guard
import os
from pkg.pools import make_pool, read_env

if __name__ == "__main__":
    prefix = "on-"

    def init_worker(value):
        os.environ["PKL_SETTING"] = prefix + value

    with make_pool(2, initializer=init_worker, initargs=("x",)) as pool:
        print(sorted(pool.map(read_env, [1, 2])))
