# MISS: `field(default_factory=make_pool)` with a module function returning
# ProcessPoolExecutor(2).
from concurrent.futures import ThreadPoolExecutor

from jobs.runner import Runner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    runner = Runner()
    print(runner.run(work, [1, 2]))
    runner.pool.shutdown()
