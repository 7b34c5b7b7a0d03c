# chain picks threads for the thread backend, then a cpu_bound flag reassigns the class to processes; caller sets cpu_bound -> process
from pkg.par import pmap

if __name__ == "__main__":
    def square(x):
        return x * x

    print(pmap(square, [1, 2, 3], backend="thread", cpu_bound=True))
