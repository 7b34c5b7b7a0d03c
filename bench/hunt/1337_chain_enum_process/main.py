# chain on an Enum backend defaulting to THREAD; caller passes Backend PROCESS -> process
from pkg.par import Backend, pmap

if __name__ == "__main__":
    def square(x):
        return x * x

    print(pmap(square, [1, 2, 3], backend=Backend.PROCESS))
