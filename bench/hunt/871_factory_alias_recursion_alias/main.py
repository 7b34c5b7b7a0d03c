# shape: same alias-recursing factory; caller kind="CPU" -> make_executor("process") -> process
# OBSERVED: MISS - no finding; the program crashes under spawn
from pkg.par import pmap

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], kind="CPU"))
