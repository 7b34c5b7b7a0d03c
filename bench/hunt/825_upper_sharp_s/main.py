# shape: kind.upper() == "GROSS"; caller passes "groß" (upper -> GROSS, full case mapping)
# OBSERVED: OK - finding reported; --fix lifted the function (captures via functools.partial); spawn output matches fork
from pkg.par import pmap

if __name__ == "__main__":
    k = 7

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], kind="groß"))
