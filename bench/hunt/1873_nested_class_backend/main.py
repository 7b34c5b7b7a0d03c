# shape: the wrapper is a method of a class nested in another class: Parallel.ProcessBackend(2).map(guard_def, items) (a ProcessPoolExecutor)
from pkg.parallel import Parallel

if __name__ == "__main__":
    tail = "."

    def dot(s):
        return s + tail

    print(Parallel.ProcessBackend(2).map(dot, ["a", "b"]))
