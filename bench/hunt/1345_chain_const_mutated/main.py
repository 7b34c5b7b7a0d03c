# if elif chain on the module string constant BACKEND initially thread; package init switches par's BACKEND to process -> process
from pkg.par import pmap

if __name__ == "__main__":
    def square(x):
        return x * x

    print(pmap(square, [1, 2, 3]))
