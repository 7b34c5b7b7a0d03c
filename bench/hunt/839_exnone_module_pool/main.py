# shape: executor=None wrapper; caller passes a ThreadPoolExecutor bound at module level in another module
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from pkg.par import pmap
from pkg.pools import POOL

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], executor=POOL))
