# shape: instance made in sight, pool slot filled with a ThreadPoolExecutor imported from another module
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from pkg.pools import SHARED
from pkg.runner import Runner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Runner(pool=SHARED).run(work, [1, 2, 3]))
