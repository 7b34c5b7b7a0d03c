# annotated bool constant USE_THREADS starts True and is rebound to False under a module-level platform check in the same file -> process
from pkg.par import pmap

if __name__ == "__main__":
    def square(x):
        return x * x

    print(pmap(square, [1, 2, 3]))
