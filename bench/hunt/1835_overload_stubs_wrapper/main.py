# shape: pmap has two typing.overload stubs (bodies `...`) before the implementation that maps over a Pool -- guard def
from pkg.par import pmap

if __name__ == "__main__":
    times = 2

    def twice(x):
        return x * times

    print(pmap(twice, [1, 2]))
    print(pmap(twice, ["a", "b"]))
