# shape: executor=None wrapper; caller passes a project subclass of ThreadPoolExecutor
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from pkg.par import pmap
from pkg.pools import NamedThreads

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], executor=NamedThreads(2)))
