# shape: kind.lower() in ("processes") is a substring test on a str, not a tuple; caller passes "Proc" -> process
# OBSERVED: OK - finding reported; --fix lifted the function (captures via functools.partial); spawn output matches fork
from pkg.par import pmap

if __name__ == "__main__":
    k = 9

    def work(x):
        return x + k

    print(pmap(work, [1, 2, 3], kind="Proc"))
