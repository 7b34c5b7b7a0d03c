# shape: instance made with a thread pool, then dataclasses.replace(r, pool=ProcessPoolExecutor(2))
# OBSERVED: MISS - no finding; the program crashes under spawn
import dataclasses
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pkg.runner import Runner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    r = Runner(pool=ThreadPoolExecutor(2))
    print(r.run(work, [1]))
    r = dataclasses.replace(r, pool=ProcessPoolExecutor(2))
    print(r.run(work, [1, 2, 3]))
