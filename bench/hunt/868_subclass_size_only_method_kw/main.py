# shape: two-level subclass chain that only sets `workers`; callable passed by keyword fn=, captures two main-guard names
# OBSERVED: OK - finding reported; --fix lifted the function (captures via functools.partial); spawn output matches fork
from pkg.tuned import Tiny

if __name__ == "__main__":
    base = 100
    step = 7

    def work(x):
        return base + x * step

    print(Tiny().run(fn=work, xs=[1, 2, 3], chunksize=2))
