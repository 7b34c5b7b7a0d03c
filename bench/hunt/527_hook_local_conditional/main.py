# Session 49 template-method hunt (helper, black box), its 006_hook_local_conditional.
from pkg.process import ProcessRunner

if __name__ == "__main__":
    k = 3

    def add(x):
        return x + k

    print(ProcessRunner().run(add, [1, 2, 3]))
