# Session 49 template-method hunt (helper, black box), its 033_subclass_in_main.
from multiprocessing import Pool

from pkg.base import Runner


class ProcessRunner(Runner):
    def _make_pool(self):
        return Pool(2)


if __name__ == "__main__":
    k = 3

    def add(x):
        return x + k

    print(ProcessRunner().run(add, [1, 2, 3]))
