# Session 49 template-method hunt (helper, black box), its 040_apply_async_args.
from pkg.process import ProcessRunner

if __name__ == "__main__":
    k = 3

    def add(a, b):
        return a + b + k

    print(ProcessRunner().call(add, 1, 2))
