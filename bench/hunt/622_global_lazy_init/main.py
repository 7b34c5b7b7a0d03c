# Shape: per-process lazy init via `global` in a guard-defined worker; the global is first bound under the guard.
from lib.par import pmap

if __name__ == "__main__":
    table = None
    def work(x):
        global table
        if table is None:
            table = {i: i * i for i in range(10)}
        return table[x]
    print(pmap(work, [2, 3]))
