# Shape: Runner enters a ProcessPoolExecutor via contextlib.ExitStack.enter_context in __init__.
from lib.runner import Runner

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    r = Runner(); print(r.map(f, [1, 2])); r.close()
