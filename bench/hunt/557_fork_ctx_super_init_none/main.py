# Session 49 template-method hunt (helper, black box), its 043_fork_ctx_super_init_none.
from pkg.process import ForkRunner

if __name__ == "__main__":
    k = 3

    def add(x):
        return x + k

    print(ForkRunner().run(add, [1, 2, 3]))
