# shape: functools.partial(guard_fn, 3) handed to a wrapper's ProcessPoolExecutor.map -- the partial pickles the guard fn
import functools

from pkg.par import pmap

if __name__ == "__main__":

    def scaled(k, x):
        return k * x

    print(pmap(functools.partial(scaled, 3), [1, 2]))
