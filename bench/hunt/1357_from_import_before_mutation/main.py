# par imports USE_THREADS by name from pkg settings; package init switches the settings flag off before importing par -> process
from pkg.par import pmap

if __name__ == "__main__":
    def square(x):
        return x * x

    print(pmap(square, [1, 2, 3]))
