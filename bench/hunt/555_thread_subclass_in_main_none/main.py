# Session 49 template-method hunt (helper, black box), its 041_thread_subclass_in_main_none.
from multiprocessing.pool import ThreadPool

from pkg.base import Runner


class ThreadRunner(Runner):
    def _make_pool(self):
        return ThreadPool(2)


def main():
    k = 3
    print(ThreadRunner().run(lambda x: x + k, [1, 2, 3]))


if __name__ == "__main__":
    main()
