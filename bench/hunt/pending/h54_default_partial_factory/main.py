# shape: Runner default factory=partial(ProcessPoolExecutor) (aliased partial), caller omits it; submit
# OBSERVED: MISS - constructor default factory=partial(ProcessPoolExecutor, ...) not recognised; no wrapper inferred
from pkg.runner import Runner

if __name__ == "__main__":
    bias = 1
    print(Runner().submit_all(lambda x: x - bias, [5, 6]))
