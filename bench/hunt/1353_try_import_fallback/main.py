# Final constant USE_THREADS is True in a try and False in the except ImportError branch, and the import fails -> process
from pkg.par import pmap

if __name__ == "__main__":
    def square(x):
        return x * x

    print(pmap(square, [1, 2, 3]))
