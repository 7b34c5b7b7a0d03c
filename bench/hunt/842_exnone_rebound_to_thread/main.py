# shape: name first bound to a ProcessPoolExecutor (unused), then rebound to a ThreadPoolExecutor before the call
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pkg.par import pmap

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    pool = ProcessPoolExecutor(2)
    pool.shutdown()
    pool = ThreadPoolExecutor(2)
    print(pmap(work, [1, 2, 3], executor=pool))
