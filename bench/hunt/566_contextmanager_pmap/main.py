# Shape: contextmanager helper that yields a map function bound to a pool.
from tools.par import pool_map

if __name__ == "__main__":
    power = 2
    def sq(x):
        return x ** power
    with pool_map(2) as pmap:
        print(pmap(sq, [1, 2, 3]))
