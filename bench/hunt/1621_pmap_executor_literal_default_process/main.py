# shape: code-corpus excerpt 'Overload for embarrassingly parallel tasks' pmap(f, iterable, *iterables, n_workers, executor: Literal["pool","thread"]) -- the pool class is chosen by a string parameter
from pkg.parallel import pmap

if __name__ == "__main__":
    c = 10
    print(pmap(lambda a, b: a * b + c, [1, 2, 3], [4, 5, 6]))
