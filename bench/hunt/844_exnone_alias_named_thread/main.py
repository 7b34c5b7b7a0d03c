# shape: ProcessPoolExecutor imported under the name ThreadPoolExecutor; passed in the executor slot -> process
# OBSERVED: OK - finding reported; --fix lifted the function (captures via functools.partial); spawn output matches fork
from concurrent.futures import ProcessPoolExecutor as ThreadPoolExecutor
from pkg.par import pmap

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    with ThreadPoolExecutor(2) as tp:
        print(pmap(work, [1, 2, 3], executor=tp))
