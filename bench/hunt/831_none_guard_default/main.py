# shape: kind=None default, `kind is not None and kind.lower() == "process"`; caller omits kind -> thread
# OBSERVED: OK - no finding (correct)
from pkg.par import pmap

if __name__ == "__main__":
    k = 9

    def work(x):
        return x + k

    print(pmap(work, [1, 2, 3]))
    print(pmap(work, [4], kind=None))
