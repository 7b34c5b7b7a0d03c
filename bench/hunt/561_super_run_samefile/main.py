# Session 49 template-method hunt (helper, black box), its 048_super_run_samefile.
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

    def run(self, fn, items):
        return sorted(super().run(fn, items))


if __name__ == "__main__":
    k = 3

    def add(x):
        return x + k

    print(ProcessRunner().run(add, [1, 2, 3]))
