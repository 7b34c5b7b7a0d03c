# shape: executor=None wrapper; caller passes get_pool() (another module, returns ThreadPoolExecutor) bound via with-as
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from pkg.par import pmap
from pkg.pools import get_pool

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    with get_pool() as tp:
        print(pmap(work, [1, 2, 3], executor=tp))
