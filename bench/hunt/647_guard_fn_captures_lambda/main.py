# Shape: guard worker calls a guard-level lambda stored in a variable (`transform = lambda x: ...`).
from lib.par import pmap

if __name__ == "__main__":
    transform = lambda x: x + 1
    def f(x):
        return transform(x) * 2
    print(pmap(f, [1, 2]))
