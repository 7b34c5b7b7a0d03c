# shape: executor=None wrapper with an extra param before it; a ThreadPoolExecutor passed positionally lands in `chunks` -> process
# OBSERVED: OK - finding reported; --fix lifted the function (captures via functools.partial); spawn output matches fork
from concurrent.futures import ThreadPoolExecutor
from pkg.par import pmap

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], ThreadPoolExecutor(2)))
