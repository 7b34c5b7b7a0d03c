# shape: namespace packages (no __init__.py) tools/par/pool.py, `from tools.par import pool; pool.fanout(fn, xs)` with a Process per item
from tools.par import pool

if __name__ == "__main__":
    suffix = "!"

    def shout(q, x):
        q.put(x.upper() + suffix)

    print(pool.fanout(shout, ["a", "b"]))
