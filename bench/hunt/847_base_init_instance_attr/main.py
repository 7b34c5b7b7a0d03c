# shape: subclass sets executor_class = ThreadPoolExecutor, but base __init__ (use_processes=True default) sets the instance attribute to ProcessPoolExecutor -> process
# OBSERVED: MISS - no finding; the program crashes under spawn
from pkg.small import Small

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Small().run(work, [1, 2, 3]))
