# shape: instance made with pool=ThreadPoolExecutor(2), but __post_init__ (strict=True) swaps it for a ProcessPoolExecutor
# OBSERVED: OK - finding reported; --fix lifted the function (captures via functools.partial); spawn output matches fork
from concurrent.futures import ThreadPoolExecutor
from pkg.runner import Runner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Runner(pool=ThreadPoolExecutor(2)).run(work, [1, 2, 3]))
