# Session 49 template-method hunt (helper, black box), its 030_back_to_process.
from pkg.hybrid import HybridRunner
from pkg.threaded import ThreadRunner

if __name__ == "__main__":
    k = 3

    def add(x):
        return x + k

    print(ThreadRunner().run(lambda x: x * k, [1, 2, 3]))
    print(HybridRunner().run(add, [1, 2, 3]))
