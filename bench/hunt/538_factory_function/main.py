# Session 49 template-method hunt (helper, black box), its 019_factory_function.
from pkg.process import make_runner

if __name__ == "__main__":
    k = 3

    def add(x):
        return x + k

    print(make_runner().run(add, [1, 2, 3]))
