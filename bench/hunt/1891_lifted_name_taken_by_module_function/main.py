# shape: main.py already defines a module-level `_main_task` (the name picklefix gives lifted guard lambdas) and calls it; a lambda goes to a Pool wrapper
from pkg.par import pmap


def _main_task():
    return "module task"


if __name__ == "__main__":
    k = 2
    print(_main_task())
    print(pmap(lambda x: x * k, [1, 2]))
