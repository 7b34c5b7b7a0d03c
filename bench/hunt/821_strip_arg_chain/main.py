# shape: kind.strip("_").lower() == "process"; caller passes "__PROCESS_" (strip with an argument)
# OBSERVED: OK - finding reported; --fix lifted the function (captures via functools.partial); spawn output matches fork
from pkg.par import pmap

if __name__ == "__main__":
    k = 5

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], kind="__PROCESS_"))
