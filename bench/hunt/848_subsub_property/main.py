# shape: Threaded sets executor_class = ThreadPoolExecutor; its subclass Heavy overrides it back with a property returning ProcessPoolExecutor
# OBSERVED: MISS - no finding; the program crashes under spawn
from pkg.small import Heavy

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Heavy().run(work, [1, 2, 3]))
