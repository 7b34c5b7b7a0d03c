# Session 49 template-method hunt (helper, black box), its 003_subsub_thirdfile.
from pkg.fast import FastRunner

if __name__ == "__main__":
    k = 3

    def add(x):
        return x + k

    print(FastRunner().run(add, [1, 2, 3]))
