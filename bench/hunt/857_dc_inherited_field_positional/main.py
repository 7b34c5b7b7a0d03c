# shape: dataclass inheritance: base field `name` then `pool`; Runner("n", ThreadPoolExecutor(2)) -> pool is a thread pool
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from concurrent.futures import ThreadPoolExecutor
from pkg.runner import Runner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Runner("n", ThreadPoolExecutor(2)).run(work, [1, 2, 3]))
