# chain wrapper pmap with workers and backend parameters, backend defaulting to thread; caller passes process positionally -> process
from pkg.par import pmap

if __name__ == "__main__":
    def square(x):
        return x * x

    print(pmap(square, [1, 2, 3], 2, "process"))
