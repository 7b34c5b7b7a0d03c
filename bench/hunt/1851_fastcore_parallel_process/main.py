# shape: fastcore.parallel.parallel(f, items, *args, threadpool=False, **kwargs) picks the project's ProcessPoolExecutor subclass, whose map wraps f as partial(_call, pause, partial(f, **kwargs)) and calls super().map -- lambda
from pkg.parallel import parallel

if __name__ == "__main__":
    k = 3
    print(parallel(lambda x, y: x * k + y, [1, 2, 3], y=10))
