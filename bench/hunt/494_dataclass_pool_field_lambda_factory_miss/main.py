# MISS: `field(default_factory=lambda: ProcessPoolExecutor(2))` (change 8 follows
# default_factory=ProcessPoolExecutor and a functools.partial of it, not a lambda).
from concurrent.futures import ThreadPoolExecutor

from jobs.runner import Runner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    runner = Runner()
    print(runner.run(work, [1, 2]))
    runner.pool.shutdown()
