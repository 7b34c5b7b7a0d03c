# shape: dataclass default_factory=lambda: ProcessPoolExecutor(2); instance made in sight with pool=ThreadPoolExecutor(2)
# OBSERVED: OK - no finding (correct)
from concurrent.futures import ThreadPoolExecutor
from pkg.runner import Runner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Runner(pool=ThreadPoolExecutor(2)).run(work, [1, 2, 3]))
