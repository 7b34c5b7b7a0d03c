# shape: instance made in sight with a thread pool, then its pool attribute is replaced by a ProcessPoolExecutor
# OBSERVED: MISS - no finding; the program crashes under spawn
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pkg.runner import Runner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    tp = ThreadPoolExecutor(2)
    r = Runner(pool=tp)
    tp.shutdown()
    r.pool = ProcessPoolExecutor(2)
    print(r.run(work, [1, 2, 3]))
