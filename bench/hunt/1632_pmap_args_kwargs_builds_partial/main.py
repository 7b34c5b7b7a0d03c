# shape: code-corpus excerpt 'Parallelization utilities. pmap(func, iterable, args=tuple(), kwargs={}, processes=None)' (npstreams-style) -- wrapper rebinds func to a partial before Pool.map
from pkg.parallel import pmap

def main():
    power = 2
    return pmap(lambda x, add: x ** power + add, [1, 2, 3], kwargs={"add": 1})

if __name__ == "__main__":
    print(main())
