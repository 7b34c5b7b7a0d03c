# shape: dataclass instance made by a factory in another module that passes pool=ThreadPoolExecutor(2)
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from pkg.factory import threaded_runner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(threaded_runner().run(work, [1, 2, 3]))
