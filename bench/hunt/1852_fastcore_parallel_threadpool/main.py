# shape: same fastcore parallel(), called with threadpool=True -- the project's ThreadPoolExecutor subclass, nothing to report
from pkg.parallel import parallel

if __name__ == "__main__":
    k = 3
    print(parallel(lambda x, y: x * k + y, [1, 2, 3], y=10, threadpool=True))
