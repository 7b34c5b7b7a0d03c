# SHAPE: wrapper run_stages(stages, x) submits each callable of a list to ProcessPoolExecutor; guard-defined stage functions passed in a list
# OBSERVED: OK - correct
from pkg.stages import run_stages

if __name__ == "__main__":
    k = 2

    def double(x):
        return x * k

    def inc(x):
        return x + k

    print(run_stages([double, inc], 5))
