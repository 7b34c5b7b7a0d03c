# Session 49 template-method hunt (helper, black box), its 026_mixed_calls.
from pkg.base import Runner
from pkg.threaded import ThreadRunner

if __name__ == "__main__":
    k = 3

    def add(x):
        return x + k

    print(ThreadRunner().run(lambda x: x * k, [1, 2, 3]))
    print(Runner().run(add, [1, 2, 3]))
