# shape: module-level function in main.py through a two-level chain in a namespace package (no __init__.py) -- negative
from lib.api import run_all


def inc(x):
    return x + 1


if __name__ == "__main__":
    print(run_all(inc, [1, 2]))
