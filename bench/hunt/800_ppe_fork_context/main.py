# SHAPE: NEGATIVE-ish? pkg.par builds ProcessPoolExecutor(mp_context=get_context("fork")); guard fn works under every global start method because workers are always forked
# OBSERVED: OK - correct
from pkg.par import pmap

if __name__ == "__main__":
    k = 3

    def times(x):
        return x * k

    print(pmap(times, [1, 2]))
