# shape: wrapper local `use_proc` feeds a factory that folds its string; callable captures a dict mutated between calls, and is also called directly
# OBSERVED: OK - finding reported; --fix lifted the function (captures via functools.partial); spawn output matches fork
from pkg.par import pmap

if __name__ == "__main__":
    table = {"scale": 2}

    def work(x):
        return x * table["scale"]

    print(pmap(work, [1, 2, 3], kind=" PROCESS"))
    table["scale"] = 10
    print(pmap(work, [1, 2, 3], kind="Process"), work(4))
    print(pmap(work, [5], kind="thread"))
