# wrapper backend defaults to None and falls back to the module DEFAULT_BACKEND process with an or; caller passes nothing -> process
from pkg.par import pmap

if __name__ == "__main__":
    def square(x):
        return x * x

    print(pmap(square, [1, 2, 3]))
