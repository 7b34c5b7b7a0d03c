# shape: subclass sets executor_class = ThreadPoolExecutor; module code below patches Small.executor_class = ProcessPoolExecutor
# OBSERVED: MISS - no finding; the program crashes under spawn
from pkg.small import Small

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Small().run(work, [1, 2, 3]))
