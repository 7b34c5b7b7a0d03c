# SHAPE: dict registry BACKENDS = {"process": ProcessPoolExecutor, "thread": ThreadPoolExecutor}; run(fn, xs, backend="process") default process
# OBSERVED: OK - correct
from pkg.backends import run

if __name__ == "__main__":
    base = 7

    def mod(x):
        return x % base

    print(run(mod, [10, 20, 30]))
