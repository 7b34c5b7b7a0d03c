# shape: Runner default factory=partial(ProcessPoolExecutor) but caller overrides with ThreadPoolExecutor (keyword)
# OBSERVED: OK - no finding (trivially, nothing inferred, see p29)
from concurrent.futures import ThreadPoolExecutor
from pkg.runner import Runner

if __name__ == "__main__":
    bias = 1
    print(Runner(factory=ThreadPoolExecutor).submit_all(lambda x: x - bias, [5, 6]))
