# SHAPE: module-level dict registry of runner instances RUNNERS = {"cpu": ProcRunner(), "io": ThreadRunner()} in pkg.registry; main uses get_runner("cpu").run(fn, xs)
# OBSERVED: MISS - no finding; instance from dict registry RUNNERS['cpu'] via get_runner() not inferred
from pkg.registry import get_runner

if __name__ == "__main__":
    m = 5

    def mul(x):
        return x * m

    print(get_runner("cpu").run(mul, [1, 2]))
