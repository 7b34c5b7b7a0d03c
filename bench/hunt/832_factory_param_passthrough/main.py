# shape: factory make_executor(kind) folds kind; wrapper passes its own param; caller kind=" PROCESS " -> process
# OBSERVED: OK - finding reported; --fix lifted the function (captures via functools.partial); spawn output matches fork
from pkg.par import pmap

if __name__ == "__main__":
    k = 11

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], kind=" PROCESS "))
