# caller loops over the thread and process backend names and passes the loop variable to the chain wrapper -> process
from pkg.par import pmap

if __name__ == "__main__":
    def square(x):
        return x * x

    for backend in ("thread", "process"):
        print(backend, pmap(square, [1, 2, 3], backend=backend))
