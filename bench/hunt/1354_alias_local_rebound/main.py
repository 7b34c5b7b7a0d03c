# local alias of the USE_THREADS constant is rebound to False when the caller passes cpu_bound -> process
from pkg.par import pmap

if __name__ == "__main__":
    def square(x):
        return x * x

    print(pmap(square, [1, 2, 3], cpu_bound=True))
