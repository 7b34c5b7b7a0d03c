# shape: caller literal with escapes: "\x50ro\u0063ess" == "Process" -> process
# OBSERVED: OK - finding reported; --fix lifted the function (captures via functools.partial); spawn output matches fork
from pkg.par import pmap

if __name__ == "__main__":
    k = 2

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], kind="\x50ro\u0063ess"))
