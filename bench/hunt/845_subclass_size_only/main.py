# shape: subclass in a file without multiprocessing sets only `workers = 3`; base reads self.executor_class (ProcessPoolExecutor)
# OBSERVED: OK - finding reported; --fix lifted the function (captures via functools.partial); spawn output matches fork
from pkg.small import Small

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Small().run(work, [1, 2, 3]))
