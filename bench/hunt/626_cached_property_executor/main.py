# Shape: Runner with a functools.cached_property executor; map method uses it.
from lib.runner import Runner

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    r = Runner(); print(r.map(f, [1, 2])); r.executor.shutdown()
