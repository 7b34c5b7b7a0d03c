# base has a thread executor class attribute; subclass init applies keyword options with setattr in a loop; CpuRunner passes the process executor class -> process
from pkg.runner import CpuRunner

if __name__ == "__main__":
    def square(x):
        return x * x

    r = CpuRunner("a")
    print(r.label, r.map(square, [1, 2, 3]))
