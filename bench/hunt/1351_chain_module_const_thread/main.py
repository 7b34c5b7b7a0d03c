# if elif chain on an unchanged module string constant BACKEND with value thread; caller passes a lambda -> thread
from pkg.par import pmap

if __name__ == "__main__":
    print(pmap(lambda x: x * x, [1, 2, 3]))
