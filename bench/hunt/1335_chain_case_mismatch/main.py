# chain compares backend with lowercase thread, case-sensitively, else process; caller passes capitalised Thread -> process
from pkg.par import pmap

if __name__ == "__main__":
    def square(x):
        return x * x

    print(pmap(square, [1, 2, 3], backend="Thread"))
