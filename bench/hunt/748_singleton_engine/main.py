# SHAPE: module-level singleton ENGINE (pkg.engine) with lazily created ProcessPoolExecutor; ENGINE.map_tasks(fn, xs)
# OBSERVED: OK - correct
from pkg.engine import ENGINE

if __name__ == "__main__":
    suffix = "!"

    def shout(word):
        return word.upper() + suffix

    print(ENGINE.map_tasks(shout, ["a", "b", "c"]))
    ENGINE.shutdown()
