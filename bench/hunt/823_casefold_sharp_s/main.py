# shape: backend.casefold() in (...); caller passes "Prozessstraße" which casefolds to "prozessstrasse" (ß -> ss)
# OBSERVED: OK - finding reported; --fix lifted the function (captures via functools.partial); spawn output matches fork
from pkg.par import pmap

if __name__ == "__main__":
    k = 6

    def work(x):
        return x - k

    print(pmap(work, [1, 2, 3], backend="Prozessstraße"))
