# Shape: a module-level `work` already exists; the guard defines another `work` that is handed to pmap.
from lib.par import pmap


def work(x):
    return "module-level"


if __name__ == "__main__":
    k = 2
    def work(x):
        return x * k
    print(pmap(work, [1, 2]))
