# shape: a ThreadPoolExecutor passed positionally lands in the first field (fallback), pool keeps ProcessPoolExecutor
# OBSERVED: OK - finding reported; --fix lifted the function (captures via functools.partial); spawn output matches fork
from concurrent.futures import ThreadPoolExecutor
from pkg.runner import Runner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    with ThreadPoolExecutor(2) as tp:
        print(Runner(tp).run(work, [1, 2, 3]))
