# shape: same-file subclass super().__init__(ProcessPoolExecutor), and a grandchild with no __init__ (SlowPipeline)
# OBSERVED: MISS - subclass __init__ super().__init__(ProcessPoolExecutor) where base keeps pool class: no finding
from pkg.pipe import ProcPipeline, SlowPipeline

if __name__ == "__main__":
    m = 10
    def f(x):
        return x * m
    print(ProcPipeline().apply(f, [1, 2]))
    print(SlowPipeline().apply(lambda x: x + m, [1]))
