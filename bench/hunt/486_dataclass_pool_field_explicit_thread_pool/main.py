# FALSE: `Runner` has `pool: Executor = field(default_factory=ProcessPoolExecutor)` (change 8)
# but the caller builds `Runner(pool=ThreadPoolExecutor(2))`: the default factory is taken as
# what self.pool always is, and the guard function handed to `runner.run` is reported. Same with
# `Runner(ThreadPoolExecutor(2))` (positional).
from concurrent.futures import ThreadPoolExecutor

from jobs.runner import Runner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    runner = Runner(pool=ThreadPoolExecutor(2))
    print(runner.run(work, [1, 2]))
    runner.pool.shutdown()
