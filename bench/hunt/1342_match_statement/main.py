# match statement on the backend string defaulting to thread; caller passes process -> process
from pkg.par import pmap

if __name__ == "__main__":
    def square(x):
        return x * x

    print(pmap(square, [1, 2, 3], backend="process"))
