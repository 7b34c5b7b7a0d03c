# base init takes use_processes defaulting to False; subclass init passes True to super and sets a label -> process
from pkg.runner import CpuRunner

if __name__ == "__main__":
    def square(x):
        return x * x

    r = CpuRunner("a")
    print(r.label, r.map(square, [1, 2, 3]))
