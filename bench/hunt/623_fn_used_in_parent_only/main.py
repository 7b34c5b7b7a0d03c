# Shape (negative): wrapper applies `prep` in the parent and only sends a module-level function to the pool.
from lib.par import prep_then_map

if __name__ == "__main__":
    k = 2
    print(prep_then_map(lambda x: x * k, [1, 2, 3]))
