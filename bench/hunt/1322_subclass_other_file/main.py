# subclass in pkg fast module overrides the class attribute use_processes with True and inherits map -> process
from pkg.fast import ProcRunner

if __name__ == "__main__":
    def square(x):
        return x * x

    r = ProcRunner()
    print(r.map(square, [1, 2, 3]))
