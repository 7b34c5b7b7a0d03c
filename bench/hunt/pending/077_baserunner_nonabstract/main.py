# Shape (variant of 003): base run() calls self._make_pool(); base _make_pool returns ThreadPool,
# OBSERVED: MISS - no finding; same as 003 without ABC: subclass override of the pool factory called from the base method.
# ProcessRunner overrides it with Pool. Called on a ProcessRunner instance.
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool


class Runner:
    def _make_pool(self):
        return ThreadPool(2)

    def run(self, fn, items):
        with self._make_pool() as pool:
            return pool.map(fn, items)


class ProcessRunner(Runner):
    def _make_pool(self):
        return Pool(2)


def main():
    k = 1
    print(ProcessRunner().run(lambda x: x - k, [5, 6]))


if __name__ == "__main__":
    main()
