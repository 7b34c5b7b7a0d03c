# if elif else chain on a string backend parameter; caller relies on the default process -> process
from pkg.par import pmap

if __name__ == "__main__":
    def square(x):
        return x * x

    print(pmap(square, [1, 2, 3]))
