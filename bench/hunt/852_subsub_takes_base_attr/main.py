# shape: Threaded sets ThreadPoolExecutor; Restored(Threaded) sets executor_class = Runner.executor_class (ProcessPoolExecutor)
# OBSERVED: MISS - no finding; the program crashes under spawn
from pkg.small import Restored

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Restored().run(work, [1, 2, 3]))
